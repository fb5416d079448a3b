tests = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a, b, c"]
for t in tests:
    print(repr(t), t.split(","), t.rsplit(","), t.split(",", 1), t.rsplit(",", 1), t.split(",", 0), t.split(",", -5))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), ":::".split("::"), ":::".rsplit("::"))
print("aaa".split("a"), "aaaa".split("aa"), "aaaa".rsplit("aa", 1), "abab".split("ab"))
print("x→y→z".split("→"), "日本語".split("本"), "🐍a🐍".split("🐍"), "é,é".rsplit(",", 1))
print("a b".split(sep=" "), "a b c".split(maxsplit=1), "a b c".rsplit(" ", maxsplit=1), "a b".split(" ", maxsplit=True))
s = "unsplit"
print(s.split(",")[0] is s, s.rsplit(",")[0] is s, s.split()[0] is s)
