# abs, divmod, pow, round, bin, oct, hex with edge values and errors.
print(abs(-5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10**30), abs(float("-inf")))
print(divmod(7, -2), divmod(-7, 2), divmod(7.5, 2), divmod(-1e-300, 1), divmod(10**30, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(-8, 1 / 3) if False else 0, pow(3, 4, 5), pow(2, -1, 7), pow(0, 0), pow(0.0, 0))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5), round(1.5))
print(round(5, 2), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(-0.0), round(1e300, -300))
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), bin(0), hex(10**20), bin(True))
for f in [lambda: abs("a"), lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 4),
          lambda: pow(0, -1), lambda: round("a"), lambda: round(1.5, "a"), lambda: bin(1.5), lambda: hex("a"),
          lambda: oct(None), lambda: round(float("inf")), lambda: round(float("nan")), lambda: divmod("a", 1)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
