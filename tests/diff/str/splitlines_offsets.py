# splitlines with every line break at every offset around the 8-byte
# blocks the scan skips (\r\n split across a block edge included), bytes
# just below and above 0x1F, non-ASCII text and breaks (\x85, \u2028,
# \u2029) and keepends; join with 1-, 2- and long separators and pieces
# of 0-40 bytes.
breaks = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
nonbreaks = ["\x1f", "\x1b", "\t", "\x00", " ", "\x7f", "é", "\u2027", "\xa0"]
for b in breaks:
    for off in range(0, 19):
        s = "a" * off + b + "b" * (17 - off) + b
        print(repr(b), off, s.splitlines(), s.splitlines(True))
for c in nonbreaks:
    s = ("x" * 7 + c) * 3 + "\n" + c * 9
    print(repr(c), s.splitlines(), len(s.splitlines(True)))
text = "".join(["line %d%s" % (i, breaks[i % len(breaks)]) for i in range(200)])
print(len(text.splitlines()), text.splitlines()[:12], text.splitlines(True)[-3:])
print("".splitlines(), "\n".splitlines(), "\r\n\r\n".splitlines(True), "abc".splitlines(), "a\r".splitlines(True))
pieces = ["x" * n for n in range(41)] + ["é" * n for n in range(6)] + [""]
for sep in ["", "-", "::", "<sep-longer-than-16>", "é"]:
    j = sep.join(pieces)
    print(repr(sep), len(j), j[:60], j[-60:], j.count("x"), len(j.split(sep)) if sep else 0)
