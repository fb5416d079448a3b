x = None
a, *b = x
