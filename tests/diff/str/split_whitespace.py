tests = ["", " ", "  a  b  ", "a\tb\nc\rd\x0be\x0cf", "\x1c\x1d\x1e\x1fx", "a\u00a0b\u2003c\u3000d\x85e", "one", "  lead", "trail  ",
         "a\u200bb", "x\u2028y\u2029z", "日本 語\u3000テ"]
for t in tests:
    print(repr(t), t.split(), t.rsplit(), t.split(None, 1), t.rsplit(None, 1), t.split(None, 0), t.rsplit(None, 0))
print(" a b c ".split(None, 2), " a b c ".rsplit(None, 2), "a  b  c".split(maxsplit=-1))
