# int(float) truncates toward zero, exactly, for every magnitude; NaN and
# infinities raise; float(int) rounds half to even at 53 bits.
vals = [0.0, -0.0, 0.5, -0.5, 0.9999999999999999, -1.5, 2.0 ** 47 - 0.5, 2.0 ** 47, -2.0 ** 47 - 1, 2.0 ** 53 + 2,
        2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 1e20, 1e300, -1.7976931348623157e308, 5e-324, 123456789.987654321]
for v in vals:
    print(repr(v), int(v), v.__trunc__() == int(v))
for bad in [float("nan"), float("inf"), float("-inf")]:
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for k in [53, 54, 60, 64, 100, 1023]:
    base = 2 ** k
    for d in [-3, -2, -1, 0, 1, 2, 3, base // 2 ** 53, base // 2 ** 53 + 1, base // 2 ** 54]:
        n = base + d
        print(k, d, repr(float(n)), float(n) == n, repr(float(-n)))
try:
    float(2 ** 1024 - 2 ** 970)
except OverflowError as e:
    print("OverflowError", e)
print(float(2 ** 1024 - 2 ** 971 - 1), float(2 ** 1024 - 2 ** 970 - 1))
