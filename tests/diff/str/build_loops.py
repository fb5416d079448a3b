# building text in loops: s += x (appends in place), join, and mixing both
s = ""
for i in range(20000):
    s += str(i % 10)
print(len(s), s[:20], s[-5:], s.count("7"))
t = ""
for i in range(3000):
    t = t + "é" + str(i)
print(len(t), t[:10], t[-8:], t.find("2999"), t.rfind("é"))
parts = []
acc = ""
for i in range(500):
    acc += "x"
    parts.append(acc)
print(len(parts), len(parts[0]), len(parts[299]), len(parts[-1]), parts[255] == "x" * 256, parts[300] == parts[299] + "x")
u = "start"
v = u
u += "-more" * 100
print(v, len(u), u[:12])
lines = ""
for i in range(100):
    lines += "line " + str(i) + "\n"
print(len(lines.splitlines()), lines.splitlines()[42], lines.endswith("99\n"))
