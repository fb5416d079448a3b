# round(x, n) on floats is correctly rounded from the exact binary value
# (CPython's dtoa-based double_round): halfway cases in decimal are not
# halfway in binary; negative n; huge n; n as bool; subnormals.
vals = [2.675, 1.005, 0.125, 0.375, 2.5, -2.5, 0.045, 1.0005, 5.015, 8.345, 0.285, 1e-7 + 5e-15,
        123456.789, -0.0, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308]
for v in vals:
    print(repr(v), [round(v, n) for n in (-3, -1, 0, 1, 2, 3, 10, 17, 300, 400)])
print(round(1.5, True), round(2.5, False), round(0.5, None), round(15.5, -1), round(25.0, -1), round(-35.0, -1))
print(repr(round(-0.4)), repr(round(-0.4, 0)), repr(round(0.4, -1)), repr(round(-0.4, -1)), repr(round(-1e-300, 2)))
print(round(1e300, -308), round(1e300, -299), round(123.456, -2 ** 40), round(123.456, 2 ** 40))
print(round(10 ** 30 + 0.0, -29), round(1.25, 1), round(1.35, 1), round(0.55, 1), round(-0.55, 1))
x = 0.0
for i in range(200):
    x += 0.0123
    print(round(x, 2), round(x, 1), round(x * 100, -1), round(x))
