# setdefault, fromkeys and get with defaults and unhashable keys.
d = {}
print(d.setdefault("a"), d.setdefault("a", 5), d.setdefault("b", []), d)
d["b"].append(1)
print(d, d.get("c"), d.get("c", 0), d.get("b"))
print(dict.fromkeys("abca"), dict.fromkeys(range(3), 0), dict.fromkeys([], 1))
v = dict.fromkeys(["x", "y"], [])
v["x"].append(1)
print(v)
class MyDict(dict):
    pass
m = MyDict.fromkeys([1, 2])
print(type(m).__name__, m)
for bad in [lambda: d.setdefault([], 1), lambda: d.get([]), lambda: dict.fromkeys([[1]]),
            lambda: d.setdefault(), lambda: d.get(), lambda: dict.fromkeys(), lambda: dict.fromkeys(5),
            lambda: d.get(1, 2, 3), lambda: d.setdefault(1, 2, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
