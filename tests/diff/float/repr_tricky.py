# repr/str of floats: shortest round-trip digits, switch to exponent form at
# 1e16 and below 1e-4, extremes of the double range, and literal overflow.
print(0.1 + 0.2, 0.1 * 3, 1 / 3, 2 / 3, 0.1, 0.5, 100.0, 1.5e300)
print(1e16, 1e15, 9999999999999998.0, 123456789012345678.0, 1e22, 1e23)
print(1e-5, 1e-4, 0.0001, 0.00001234, 1.5e-7, 1e-10)
print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.9e-324)
print(1e309, -1e309, 1e-400, -1e-400, 1e308 * 10, -1e308 * 10)
print(-0.0, 0.0, -0.0 * 1, 0.0 * -1, -(0.0), 0.0 - 0.0, -0.0 - 0.0, -0.0 + 0.0)
print(2.0 ** 53, 2.0 ** 53 + 1, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074)
print(3.14159, 2.718281828459045, 1.0, 10.0, 1e1, 1e2, 12345.678)
print(str(0.1), repr(0.1), str(1e16), repr(-2.5e-8), str(-0.0))
print(float(1), float(-7), float(2 ** 47), float(-(2 ** 47) - 1), float(True))
print(1.0 / 7, 1e200 * 1e200, -1e200 * 1e200, 1e-200 * 1e-200, 1e-300 / 1e10)
x = 1.0
i = 0
while i < 25:
    print(x, -x / 3)
    x = x * 10.5
    i += 1
