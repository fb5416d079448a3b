# Subnormal floats: arithmetic, repr, conversion from ints and strings,
# rounding at the bottom of the range, and int/float ops producing them.
tiny = 5e-324
print(tiny, tiny * 2, tiny / 2, tiny * 0.5, tiny * 1.5, tiny * 2.5, -tiny, tiny - tiny, 2 * tiny == 1e-323)
print(2.2250738585072014e-308 / 2, 2.2250738585072014e-308 - tiny, float("2.4703282292062328e-324"))
print(float("2.4703282292062327e-324"), float("4.9406564584124654e-324"), float("1e-323"), 1e-310 * 1e10)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, 2 ** -1074, 7 / 10 ** 320, 10 ** 320 / 10 ** 640)
x = 1.0
for i in range(1080):
    x /= 2
    if i > 1015:
        print(i, x, x.hex() if False else repr(x * 3), x == 0.0)
print(round(tiny, 323), round(tiny, 324), round(1e-320, 321), round(3e-323, 323))
