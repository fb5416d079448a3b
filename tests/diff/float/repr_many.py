# Shortest repr on many pseudo-random doubles (all exponents, decimal
# fractions), checked against CPython's output line by line.
x = 12345
for i in range(4000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    m = x >> 11
    e = (x % 2100) - 1100
    print(repr(m * 2.0 ** (e - 53)) if e < 970 else repr(m / 2.0 ** 53), repr((x >> 7) % 10 ** 17 / 10 ** (x % 40)))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15 + 0.3, 1e-5, 1e-4, 123456789012345678.0, 9007199254740993.0)
print(5e-324, 1e-323, 2.2250738585072014e-308, 1.7976931348623157e308, 0.30000000000000004)
print(float(2 ** 63), float(-2 ** 63), float(10 ** 22), float(10 ** 23), 1e22, 1e23)
