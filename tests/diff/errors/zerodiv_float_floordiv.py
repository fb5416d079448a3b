# ZeroDivisionError from float // 0.
x = -2.5
print(x // 2, x // -2)
print(x // 0)
