# A string literal not closed on its line.
x = 'abc
