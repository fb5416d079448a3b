# Overwriting a key keeps its position; deleting and re-adding moves it to the end.
d = dict.fromkeys("abcde", 0)
d["c"] = 1
print(list(d.items()))
del d["b"]
d["b"] = 2
print(list(d))
d.update(a=9, f=1)
print(list(d.items()))
d.pop("a")
d.setdefault("a", 7)
d.setdefault("c", 100)
print(list(d.items()))
