# abs() of complex numbers is hypot(): exact for Pythagorean triples,
# no overflow for huge parts that fit, infinities beat NaNs.
inf, nan = float("inf"), float("nan")
vals = [3 + 4j, 5 - 12j, 1e-320 + 1e-320j, 1e308 + 1e308j, complex(1e308, 0), 0.1 + 0.2j, complex(-0.0, -0.0),
        complex(inf, nan), complex(nan, -inf), complex(nan, 0), complex(2 ** 60, 2 ** 60), 1j, -1j]
for z in vals:
    print(repr(z), repr(abs(z)), type(abs(z)).__name__)
x = 0.1
for i in range(100):
    x = 3.7 * x * (1 - x)
    print(abs(complex(x, 1 - x)), abs(complex(x * 1e150, x * 1e-150)))
try:
    abs(complex(1e308, 1e308) * 2)
except OverflowError as e:
    print("OverflowError", e)
print(abs(complex(1.7e308, 1e308)) if False else "skip")
