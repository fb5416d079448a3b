# Float comparisons, chained comparisons mixing ints and floats, signed
# zero equality, and float() conversions from string literals.
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, 0.5 == 0.5, -0.0 == 0.0, -0.0 < 0.0)
print(1.0 < 2 < 3.5, 1.0 < 2 > 3.5, 3 == 3.0 == 3, 1e308 < 1e309, -1e309 < -1e308 < 0)
print(float("3.25"), float("  -1.5  "), float("1e-5"), float("-0.0"), float("1_000.5"))
print(float("inf") == 1e309, float("-inf") == -1e309, float(".5"), float("5."), float("+7"))
print(float("9007199254740993"), float("0.1") == 0.1, float(str(0.1 + 0.2)) == 0.1 + 0.2)
print(float(10 ** 20), float(-5), float(False), float(2 ** 63), float(-(2 ** 64)))
print(int(3.99999), int(-3.99999), int(1e15), int(-1e16), int(5e-324), int(-0.0))
print(int(2.0 ** 100), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
x = 0.0
while x < 1.0:
    x += 0.125
    print(x, x < 0.5, x >= 0.75, 0.25 < x <= 0.625)
