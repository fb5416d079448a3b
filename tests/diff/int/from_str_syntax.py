# int(str, base): signs, whitespace, underscores, prefixes with base 0 and
# matching bases, leading zeros, and the error messages.
cases = [("0", 10), ("-0", 10), (" +12 ", 10), ("1_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
         ("0x_1f", 0), ("0x_1f", 16), ("0x1f", 10), ("0b1_01", 0), ("0o17", 0), ("0o17", 8),
         ("017", 0), ("000", 0), ("0_0", 0), ("00_1", 0), ("0b", 0), ("0x", 16), ("-0x10", 0),
         ("z", 36), ("Z", 36), ("10", 2), ("12", 2), ("", 10), ("  ", 10), ("+", 10), ("- 1", 10),
         ("1 1", 10), ("\t\n\v\f\r1\r\n", 10), ("0B11", 0), ("0X_F", 0), ("0_x1", 0), ("9" * 50, 10),
         ("-" + "7" * 30, 8), ("1" * 300, 2)]
for s, b in cases:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
for b in [1, 37, -1, 2 ** 100]:
    try:
        int("1", b)
    except ValueError as e:
        print(b, "ValueError", e)
for bad in [lambda: int(1.5, 10), lambda: int(None), lambda: int("1", 1.5), lambda: int(base=10),
            lambda: int("x" * 300)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
