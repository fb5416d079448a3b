s = "hello, wörld"
print(s.startswith("hell"), s.startswith(""), s.startswith("hello, wörld!"), s.startswith("w", 7))
print(s.endswith("rld"), s.endswith("wö", 0, 9), s.endswith(""), s.endswith("", 20), s.startswith("", 12), s.startswith("", 13))
print(s.startswith(("x", "he")), s.startswith(()), s.endswith(("ö", "d")), s.endswith(("a", "b")))
print(s.startswith("o", -8), s.endswith("l", -100, -1), s.startswith("h", None, None))
print("".startswith(""), "".endswith("a"), "abc".endswith("abc", -3), "abc".endswith("bc", 1, 2))
print("🐍x".startswith("🐍"), "x🐍".endswith("🐍"), "x🐍".endswith("x", 0, 1))
