# complex's operator dunders called directly, with ints and floats, and NotImplemented for others.
z = 1 + 2j
print(z.__add__(1), z.__radd__(1.5), z.__sub__(1j), z.__rsub__(1), z.__mul__(2), z.__rmul__(1j), z.__truediv__(2))
print(z.__rtruediv__(1), z.__pow__(2), z.__rpow__(2), z.__neg__(), z.__pos__(), z.__abs__(), z.__bool__(), (0j).__bool__())
print(z.__eq__(1 + 2j), z.__ne__(1), z.__lt__(z), z.__add__("a"), z.__eq__("a"), z.__hash__() == hash(z))
for f in [lambda: z.__truediv__(0), lambda: z < z, lambda: z.__pow__(2, 3)]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
