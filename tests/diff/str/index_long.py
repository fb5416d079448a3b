# Indexing and slicing long non-ASCII text (the code point index).
s = ""
for i in range(3000):
    s += "aé日🐍"[i % 4]
t = "".join(["aé日🐍"[i % 4] for i in range(3000)])
print(len(s), len(t), s == t, s[0], s[1], s[2], s[3], s[2999], s[-1], s[-3000], s[1234], t[1234], s[-1001])
print(s[100:110], s[-10:], s[64:70], s[63:65], s[127:129], len(s[10:2990]), s[2990:], s[::500], s[::-700], s[5:40:7])
print(s.find("🐍", 1000), s.rfind("a", 0, 2000), s.index("日", 2999 - 100), s.count("é", 100, 200), s.find("é🐍"))
print(s[2000:].find("🐍"), s.startswith("é日", 1), s.endswith("日", 0, 2999), s[1500:1504].upper())
n = 0
for ch in s:
    if ch == "🐍":
        n += 1
print(n, [s[i] for i in range(0, 3000, 333)], s[64 * 5 - 1], s[64 * 5], s[64 * 5 + 1])
try:
    s[3000]
except IndexError as e:
    print(e)
try:
    s[-3001]
except IndexError as e:
    print(e)
u = "ü" * 5000 + "end"
print(u[5000:], u[4999], u.find("end"), u.rindex("ü"), u[-4:-1], len(u))
