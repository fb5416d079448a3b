s = "Ünïcödé 🐍 text — with ümlauts and 日本語 and 🎉🎉"
print(len(s), s.upper(), s.lower(), s.title(), s.swapcase())
print(s.split(), s.split("🎉"), s.partition("—"), s.rsplit(" ", 2))
print(s.find("日本語"), s.index("🎉"), s.count("ü"), s.replace("🐍", "python"), s.center(60, "·"))
print(s[::-1], s[5:15], s[-5:], "".join(reversed(s)) == s[::-1])
print([w for w in s.split() if w.isalpha()], [w.isascii() for w in s.split()][:4])
e = "e\u0301"
print(len(e), e.upper(), e.isalpha(), e.isalnum(), (e + "x").title(), "x\u0301y".split("\u0301"))
flags = "🇫🇷🇩🇪"
print(len(flags), flags[0:2] == "🇫🇷", flags[::-1] == "🇪🇩🇷🇫", flags.count("🇷"))
print("ǈ".lower(), "ǈ".upper(), "ǈ".title(), "ǈ".istitle(), "ǈ".isupper(), "ǈ".islower())
print("ΌΣΟΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "ΣΊΣΥΦΟΣ".capitalize(), "ΣΣ".lower())
