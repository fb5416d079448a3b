# ZeroDivisionError from divmod() with a zero int divisor.
print(divmod(7, 2), divmod(-7, 2))
print(divmod(7, 0))
