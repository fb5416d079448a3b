tests = ["", "   ", "  a b  ", "\t\n x \r\x0b\x0c", "\u3000\u00a0mid\u2003\x85", "xxhixx", "日本語"]
for t in tests:
    print(repr(t), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(None)))
print("xxhixx".strip("x"), "xyhiyx".strip("yx"), "abcXcba".lstrip("abc"), "abcXcba".rstrip("cb"), repr("aaa".strip("a")))
print("ééhié".strip("é"), "🐍🐍x🐍".strip("🐍"), "日本語日".strip("日"), "aé🐍bé🐍a".strip("aé🐍"), "x".strip(""))
s = "clean"
print(s.strip() is s, s.strip("z") is s, s.lstrip() is s, s.rstrip("q") is s)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".strip(1))
show(lambda: "a".lstrip(1))
show(lambda: "a".rstrip(1))
show(lambda: "a".strip("a", "b"))
show(lambda: "a".strip(chars="a"))
