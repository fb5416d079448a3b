# conjugate, __complex__, __getnewargs__, real/imag (read-only members),
# abs with infinities, NaNs and overflow, bool, unary operators.
inf, nan = float("inf"), float("nan")
for z in [3 + 4j, -3 - 4j, 1j, complex(-0.0, 0.0), complex(1e308, 1e308), complex(5e-324, 5e-324)]:
    print(repr(z), z.conjugate(), z.__complex__(), z.__getnewargs__(), z.real, z.imag, abs(z), bool(z))
    print(-z, +z, type(z.real).__name__)
print(abs(complex(nan, inf)), abs(complex(inf, nan)), abs(complex(nan, 1)), abs(complex(-inf, 0)))
print(bool(0j), bool(complex(0, -0.0)), bool(1e-300j), bool(complex(nan, 0)))
print(complex.real, complex.imag, complex.conjugate)
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
z = 1 + 2j
t("abs overflow", lambda: abs(complex(1.5e308, 1.5e308)))
t("set real", lambda: setattr(z, "real", 1))
t("del imag", lambda: delattr(z, "imag"))
t("new attr", lambda: setattr(z, "x", 1))
t("conj arg", lambda: z.conjugate(1))
t("conj kw", lambda: z.conjugate(a=1))
t("unbound", lambda: complex.conjugate(1))
t("round", lambda: round(z))
t("round 2", lambda: round(z, 2))
t("int", lambda: int(z))
t("float", lambda: float(z))
t("invert", lambda: ~z)
t("unknown attr", lambda: z.foo)
t("is_integer", lambda: z.is_integer())
t("sum", lambda: sum([1j, 2, 3.5, 1 - 1j]))
t("sum start", lambda: sum([1, 2], 1j))
