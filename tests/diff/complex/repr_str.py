# repr/str of complex: no parentheses for a +0.0 real part, signed zeros,
# inf and nan ("nan" never signed), exponents, and float parts without
# the trailing ".0".
inf, nan = float("inf"), float("nan")
vals = [complex(-0.0, -1), -1j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(0.0, 0.0), complex(nan, inf),
        complex(-inf, nan), complex(nan, -nan), complex(inf, -inf), complex(1e16, 1e-5), complex(1.5, 2),
        complex(0, 1e100), complex(1e-320, 5e-324), 0.1 + 0.2j, complex(123456789012345678, 1),
        complex(1e15, 1e16), complex(-1e-4, 1e-5), complex(2.5, -0.0), complex(100, -100), 1e300j * 1e300j,
        complex(2 ** 53, 2 ** 53 + 1), complex(1 / 3, 2 / 3)]
for z in vals:
    print(repr(z), str(z), z)
print([1j, complex(1, -1)], (2j,), {3j})
