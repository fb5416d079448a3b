# Assignment to a number.
1 = x
