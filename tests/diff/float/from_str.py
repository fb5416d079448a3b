# float(str): underscores only between digits, inf/nan spellings with
# signs, Unicode digits and whitespace, and the error message.
cases = ["1.5", " -2.5e3 ", "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e_5", "1e5_0", "1_e5",
         ".5", "5.", ".", "e5", "1e", "1e+", "+.5e-3", "inf", "-inf", "+INF", "Infinity", "-iNfInItY",
         "infinit", "nan", "-nan", "+NaN", "nan0", "0x10", "1,5", "١٢٣.٤", "٣e٢", "\u3000 7.5 \u2029",
         "\x1c1.0", "1.0\x1f", "", "   ", "1.0\x00", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4e-324",
         "1" * 400, "0." + "0" * 400 + "1", "12345678901234567890.123456789", "٫5"]
for s in cases:
    try:
        print(repr(s), repr(float(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for bad in [None, [], "x" * 300]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
