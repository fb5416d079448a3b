# complex ** : integer exponents up to 100 by multiplication, others in
# polar form; 0 to a negative or complex power; overflow; int and float
# bases with complex exponents.
pairs = [(1j, 2), (1j, 3), (1j, 100), (1j, 101), (1j, -1), (1j, -100), (2 + 0j, -3), (1 + 1j, 0.5),
         (1 + 1j, 10), (1 + 1j, 2.0), (1 + 1j, -2.5), (2, 1j), (2.5, 1 + 1j), (-1, 0.5 + 0j), (0j, 0),
         (0j, 0.0), (0j, 2), (0j, 2.5), (1e-200 + 0j, 2), (0.5 + 0j, 1e300), (1 + 0j, 1e300), (3j, 0j),
         (complex(float("inf"), 0), 2), (1e200 + 1e200j, 2), (10 + 0j, 400), (10 + 0j, 307.5)]
for a, b in pairs:
    try:
        print(repr(a), repr(b), repr(a ** b), repr(pow(a, b)))
    except (ZeroDivisionError, OverflowError) as e:
        print(repr(a), repr(b), type(e).__name__, e)
for a, b in [(0j, -1), (0j, 1j), (0j, -0.5), (1e-200 + 0j, -2), (0j, complex(-1, 0))]:
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for a, b, c in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (2.0, 3, 1j), (1j, 2.0, 3.0), (1j, 2, None)]:
    try:
        print(pow(a, b, c))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
