# int(str) reads Unicode decimal digits and Unicode whitespace as CPython
# does; \x1c-\x1f are not whitespace for int(); other characters fail.
cases = ["١٢٣", "۱۲۳", "१२३", "１２３", "𝟏𝟐𝟑", "  ٣  ", "\u3000 42 \u2028", "\x85 7 \xa0",
         "+١", "-٢_٣", "٣.٥", "1e٣", "0١", "\x1c5", "5\x1f", "5\x00", "\x00", "Ⅻ", "½", "²",
         "1\u200b", "\u2007 8", "\u180e9", "٠x1f", "0x١"]
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for s in ["١٢٣", "ff", "Ｆ"]:
    for base in [0, 16, 36]:
        try:
            print(repr(s), base, int(s, base))
        except ValueError as e:
            print(repr(s), base, "ValueError", e)
