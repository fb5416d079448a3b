# class D(dict): construction forms, operations and methods
class D(dict):
    pass


d = D(a=1, b=2)
print(d, repr(d), type(d).__name__, D(), D([("x", 1)]), D({"y": 2}, z=3), len(d), d["a"])
d["c"] = 3
del d["a"]
print(d, "b" in d, "a" in d, d.get("b"), d.get("q", 0), list(d), list(d.keys()), list(d.values()))
print(list(d.items()), d.setdefault("e", 5), d.pop("e"), d.copy(), type(d.copy()).__name__)
d.update({"f": 6}, g=7)
print(d, d == {"b": 2, "c": 3, "f": 6, "g": 7}, {"b": 2} == D(b=2), bool(D()), bool(d))
print(d | {"h": 8}, type(d | {"h": 8}).__name__, {"h": 8} | d)
d |= {"i": 9}
print(d, type(d).__name__, sorted(d), [k for k in d], dict(d), type(dict(d)).__name__)
print(D.fromkeys("ab", 0), type(D.fromkeys("ab")).__name__)
d.x = "attr"
print(d.x, d.popitem(), len(d))
d.clear()
print(d)
try:
    D()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
