# strip/lstrip/rstrip with chars sets over the whole ASCII range (both
# halves of the 128-bit set, bit 0 and bit 63 and 127), whitespace
# including \x1c-\x1f, mixed ASCII/non-ASCII chars; lower/upper on every
# ASCII code point.
allascii = "".join([chr(i) for i in range(128)])
for chars in ["", "\x00", "?@", "@", "?", "\x7f", "~\x7f", "az", "AZ", " \t", ".,;!", "\x00\x3f\x40\x7f", "é.", ".é", "€x"]:
    for s in ["", "x", chars, chars + "mid" + chars, "\x00\x3f\x40\x7fmid\x7f\x40\x3f\x00", "é.mid.é", ".,;!word!;,.", "€xx€"]:
        print(repr(chars), repr(s), repr(s.strip(chars)), repr(s.lstrip(chars)), repr(s.rstrip(chars)))
ws = "\x1c\x1d\x1e\x1f \t\n\x0b\x0c\r"
print(repr((ws + "a b" + ws).strip()), repr((ws + "a").lstrip()), repr(("a" + ws).rstrip()), repr(ws.strip()))
print(repr(("\x85\xa0 a \u2003\x85").strip()), repr("\x1b a \x1b".strip()), repr("\x7f a".strip()))
print(allascii.lower() == "".join([c.lower() for c in allascii]), repr(allascii.lower()[60:100]))
print(allascii.upper() == "".join([c.upper() for c in allascii]), repr(allascii.upper()[60:128]))
print(repr(("Hello, World @[`{" * 20).lower()), repr(("Hello, World @[`{" * 20).upper()))
