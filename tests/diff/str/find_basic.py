s = "abracadabra"
for sub in ["a", "bra", "", "z", "abracadabra", "abracadabrax", "ra"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("a", 0, 5))
print(s.find("a", 1, 3), s.find("a", -4), s.find("a", -100, -100), s.find("a", 100))
print(s.find("", 11), s.find("", 12), s.rfind("", 5), s.rfind("", 20), s.count("", 5, 2))
print(s.find("a", None, None), s.find("b", None), s.count("a", None, 4))
print(s.find("a", 2 ** 70), s.find("a", -2 ** 70), s.count("a", 0, 2 ** 80))
print(s.find("a", True), s.count("", -3))
