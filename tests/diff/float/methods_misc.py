# float.is_integer, as_integer_ratio, conjugate, real/imag, __trunc__,
# __floor__, __ceil__, __round__, __getnewargs__, __getformat__.
vals = [0.0, -0.0, 1.0, -1.5, 2.5, 0.1, 1e16, 1e300, 5e-324, -2.0 ** 63, 2.0 ** 63, 123.456]
for v in vals:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag)
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(1), v.__round__(None))
    print(v.__getnewargs__(), type(v.__floor__()).__name__, type(v.__round__(0)).__name__)
inf, nan = float("inf"), float("nan")
for v in [inf, -inf, nan]:
    print(v.is_integer(), v.conjugate(), v.real, v.imag, v.__round__(2))
    for m in [v.as_integer_ratio, v.__trunc__, v.__floor__, v.__ceil__, v.__round__]:
        try:
            print(m())
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)
print(float.__getformat__("double"), float.__getformat__("float"))
print(float.real, float.imag, type(float.imag).__name__)
print((2.675).__round__(2), (0.5).__round__(), (1.5).__round__(), (-0.5).__round__())
