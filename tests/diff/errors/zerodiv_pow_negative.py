# 0 ** -1 and 0.0 ** negative raise ZeroDivisionError (int base converts to
# float first).
print(0 ** 0, 0 ** 1, 0.0 ** 2)
n = -1
print(0 ** n)
