# float // and % and divmod: sign rules, signed zeros, infinities, NaN,
# huge quotients, and the ZeroDivisionError messages.
inf, nan = float("inf"), float("nan")
vals = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, inf, -inf, nan, 3, -3]
for a in vals:
    for b in [2.0, -2.0, 0.3, -0.3, inf, -inf, 1e-300, 5]:
        print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, 0.0), (nan, 0.0), (5, -0.0)]:
    for name, f in [("//", lambda: a // b), ("%", lambda: a % b), ("divmod", lambda: divmod(a, b)), ("/", lambda: a / b)]:
        try:
            print(name, f())
        except ZeroDivisionError as e:
            print(name, "ZeroDivisionError", e)
print(divmod(-1e-300, 1e300), divmod(1e300, -1e-300) if False else "skip", 1e308 // 1e-308 if False else "skip")
print(-1 % 1e100, 1 % -1e100, -0.0 % 5, 0.0 % -5, 6.0 % 2, -6.0 % 2)
