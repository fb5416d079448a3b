# round(): one argument gives an int with ties to even; two arguments give
# a float (or int for int input) rounded on the exact binary value.
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.4), round(0.6), round(-0.4), round(-0.6), round(1e20), round(2.0 ** 60 + 0.0))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(1234.5678, 1), round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2))
print(round(1.5, 0), round(2.5, 0), round(-2.5, 0), round(-0.4, 0), round(0.4, 0))
print(round(1e300, 2), round(1e300, -299), round(1.23456e-10, 12), round(5e-324, 400))
print(round(123.456, 400), round(123.456, -400), round(-123.456, -400))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1350, -2))
print(round(5, -1), round(15, -1), round(-5, -1), round(7, 0), round(7, 3), round(-7, 1))
print(round(140737488355327.5), round(140737488355328.5), round(-140737488355328.5))
print(round(4503599627370495.5), round(4503599627370497.0), round(9007199254740993.0))
print(round(True), round(False, 2), round(True, -1))
x = 0.05
i = 0
while i < 20:
    print(x, round(x, 1), round(x), round(-x, 1))
    x += 0.1
    i += 1
