d = {}
d["a"] = 1
d["b"] = 2
d["a"] = 3
print(d)
d[1] = "one"
d[1.0] = "float one"
d[(1, 2)] = "tuple"
d[None] = 0
print(d)
print(d[1], d[(1, 2)], d[None], d["a"])
d["a"] += 10
print(d["a"])
counts = {}
for w in ["a", "b", "a", "c", "a", "b"]:
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
del d["a"]
del d[1]
print(d)
n = {}
n["x"] = {}
n["x"]["y"] = [1]
n["x"]["y"][0] += 1
print(n)
