# strs made by methods work as dict keys and set members like literals
d = {}
for w in "the cat and The CAT and the hat".lower().split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
k = "ab" + "c" * 300
d2 = {k: 1}
k2 = "abc" + "c" * 299
print(k == k2, hash(k) == hash(k2), d2[k2], "é" * 3 in {"ééé"}, "x".upper() in {"X": 1})
s = set("hello world".split("o"))
print(sorted(s), "w" + "orld".upper() in {"wORLD"})
