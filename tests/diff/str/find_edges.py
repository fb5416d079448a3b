s = "aaaa"
print(s.count("a"), s.count("aa"), s.count("aaa"), s.count("aaaaa"), s.find("aa", 1), s.rfind("aa"), s.rfind("aa", 0, 3))
print("".find(""), "".rfind(""), "".count(""), "".find("a"), "".index(""), "x".rindex(""), "abc".find("", 1, 0), "abc".rfind("", 2, 1))
print("abc".find("c", -1), "abc".find("c", -1, -1), "abc".rfind("a", -3, -2), "abc".count("", -2), "abc".count("", 4), "abc".count("", 3))
print(("ab" * 5000).find("ba", 9990), ("ab" * 5000).rfind("ab", 0, 5), ("xy" * 3000).count("yx"))
print("mississippi".find("ssi"), "mississippi".rfind("ssi"), "mississippi".count("ss"), "mississippi".replace("ss", "SS", 1), "mississippi".split("ss"))
