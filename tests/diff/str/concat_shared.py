# s += x appends in place into spare room; every str sharing the bytes
# must keep seeing exactly its own text.
s = "x" * 300
keep = []
for i in range(50):
    keep.append(s)
    s += str(i)
    if i % 7 == 0:
        t = keep[-1] + "!"
        keep.append(t)
print(len(s), s[-20:], [len(k) for k in keep][:10], keep[3][-3:], keep[10][-5:])
a = "é" * 200
b = a + "ü" * 100
c = a + "ö"
d = b + "x"
e = b + "y"
print(len(a), len(b), len(c), len(d), len(e), c[-2:], d[-2:], e[-2:], b[-1], a[-1])
print(b == a + "ü" * 100, d != e, hash(d) == hash(b + "x"), {d: 1}.get(b + "x"))
print(d.find("x"), e.rfind("ü"), d[199], d[200], d[-1], e[250:], c.count("ö"))
# a str that was appended to is still usable as a name
class C:
    pass
o = C()
base = "attr_" + "a" * 300
name1 = base + "1"
name2 = base + "22"
setattr(o, base, 10)
setattr(o, name1, 11)
print(getattr(o, base), getattr(o, name1), hasattr(o, name2), len(name2))
parts = ""
for w in ["alpha", "beta", "gamma"] * 200:
    parts += w + ","
print(len(parts), parts[:30], parts.count("beta"), parts.split(",")[-2])
