words = [str(i) for i in range(20000)]
s = ",".join(words)
print(len(s), s[:20], s[-12:], s.count(","), len(s.split(",")), s.split(",") == words)
t = "".join(["é", "日"] * 5000)
print(len(t), t[9999], t[::2000], t.count("日"))
u = " ".join(["a"] * 3) + " " + "b"
print(u, u.rsplit(" ", 1), u.split(" ", -1))
print("\n".join(["line" + str(i) for i in range(5)]).splitlines(True))
