s = "naïve café – 日本語テキスト 🐍🐍 end"
for sub in ["é", "日本", "🐍", "🐍 e", "t", "ï", "", "x", "キスト"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.index("語"), s.rindex("🐍"), s.find("🐍", 19), s.find("🐍", -7, -4))
print(s.count("", 3, 10), s.rfind("e", 0, -1))
print("ab🐍cd"[2], "ab🐍cd".find("c"), "🐍".find(""), "é" * 3 + "x", ("é" * 3).find("x"))
t = "ü" * 1000 + "needle" + "ä" * 1000
print(t.find("needle"), t.rfind("ü"), t.index("ä"), t.count("ää"), t.find("needle", 1001))
