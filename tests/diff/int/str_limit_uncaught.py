# Uncaught: the traceback's last line is CPython's ValueError.
x = 3 ** 10000
print(len(str(x)))
print(str(x * x))
