s = "the cat sat on the mat"
print(s.replace("at", "og"), s.replace("the", "a"), s.replace("at", "og", 2), s.replace("at", "og", 0), s.replace("at", "og", -1))
print(s.replace(" ", ""), s.replace("xyz", "!"), s.replace("", "|"), s.replace("", "|", 3), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "aaa".replace("a", "aa"), "abc".replace("abc", ""), "日本語".replace("本", "ほん"), "é".replace("", "-"))
print("🐍🐍🐍".replace("🐍", "snake", 2), "a🐍b".replace("", "."), "xéx".replace("x", "🐍"))
big = "ab" * 50000
r = big.replace("a", "xyz")
print(len(r), r[:9], r.count("xyz"), len(big.replace("ab", "")))
u = "unchanged"
print(u.replace("q", "r") is u, u.replace("u", "u", 0) is u)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".replace("a"))
show(lambda: "a".replace(1, "b"))
show(lambda: "a".replace("a", 1))
show(lambda: "a".replace("a", "b", "c"))
show(lambda: "a".replace("a", "b", 1, 2))
show(lambda: "a".replace("a", "b", count=1))
show(lambda: "a".replace("a", "b", 1.0))
show(lambda: "a".replace("a", "b", 2 ** 70))
