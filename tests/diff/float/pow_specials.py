# float ** float special cases (CPython's float_pow, case by case): NaN,
# infinities, signed zeros, -1, odd and even integral exponents.
inf, nan = float("inf"), float("nan")
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, inf, -inf, nan]
for a in vals:
    row = []
    for b in vals:
        try:
            r = a ** b
            row.append(repr(r))
        except ZeroDivisionError:
            row.append("ZDE")
        except OverflowError:
            row.append("OVF")
    print(repr(a), row)
try:
    0.0 ** -1.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(pow(2.0, -1074), pow(2.0, -1075), pow(-2.0, 3), pow(-8.0, 1 / 3).imag > 0, 1.0000001 ** 1e9)
