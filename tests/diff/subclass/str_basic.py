# class S(str): indexing, slicing, iteration, comparisons, hashing, printing
class S(str):
    pass


s = S("hello")
print(s, repr(s), type(s).__name__, isinstance(s, str), len(s), S(), S(42), S([1, 2]))
print(s[0], s[-1], s[1:3], s[::-1], type(s[1:3]).__name__, type(s[0]).__name__)
print([c for c in s], "ell" in s, "z" in s, list(S("ab")))
print(s + "!", "<" + s, s * 2, 2 * s, type(s + "!").__name__, type(s * 2).__name__)
print(s == "hello", "hello" == s, s != "x", s < "world", s > "abc", "abc" < s)
print(hash(s) == hash("hello"), {"hello": 1}[s], {s: 2}["hello"], s in {"hello"}, s in ["x", "hello"])
print(str(s), type(str(s)).__name__, repr(S("it's")), S("caf\u00e9"), len(S("caf\u00e9")), S("caf\u00e9")[3])
print(bool(S("")), bool(s), sorted([S("b"), "a", S("c")]), max(S("x"), "y"), min([S("q"), S("p")]))
print(S("x") + S("y"), type(S("x") + S("y")).__name__, S("12") == S("12"))
print(int(S("12")), int(S("ff"), 16), float(S("1.5")))
d = {}
d[S("k")] = 1
d["k"] += 1
print(d, len(d))
