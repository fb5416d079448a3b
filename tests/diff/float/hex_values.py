# float.hex() of edge values: zeros, subnormals, the extremes, powers of
# two, and values that are not exact in decimal.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 2.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 1e16, 1e-16, 1e308, 1.7976931348623157e308,
        2.2250738585072014e-308, 2.225073858507201e-308, 5e-324, -5e-324, 1e-310, 123456789.125, 2.0 ** 52,
        2.0 ** 53 + 2, 3.141592653589793, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), v.hex())
x = 1.0
for i in range(60):
    print(x.hex(), (-x / 3).hex())
    x *= 7.5
