ws = ["\t", "\n", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f", " ", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\u180e", "\ufeff"]
for c in ws:
    s = "a" + c + "b"
    print(repr(c), c.isspace(), s.split(), repr(s.strip("ab")), repr((c + "x" + c).strip()), len(s.splitlines()))
print("a\u3000b\u00a0c".split(), " \u2003x\u2003 ".strip(), "x\u205f".rstrip() + "|")
