# dict views: set operations, comparisons, reversed, len, contains, repr.
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "w": 5}
ka, kb = a.keys(), b.keys()
print(sorted(ka & kb), sorted(ka | kb), sorted(ka - kb), sorted(ka ^ kb))
print(sorted(ka & ["y", "q"]), sorted(ka | {"q"}), sorted({"x", "q"} - ka), sorted(["x", "q"] ^ ka))
print(ka == {"x", "y", "z"}, ka < {"x", "y", "z", "q"}, ka <= ka, ka > {"x"}, ka != kb, ka.isdisjoint(kb))
ia = a.items()
print(sorted(ia & {("x", 1), ("y", 9)}), ("x", 1) in ia, ("x", 2) in ia, ["x", 1] in ia, 5 in ia)
print(sorted(ia | {("q", 0)}), sorted(ia - {("x", 1)}))
print(list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())), list(reversed(a)))
print(a.keys(), a.values(), a.items(), len(a.values()), 2 in a.values(), 7 in a.values())
print(repr({}.keys()), repr({}.items()))
v = a.keys()
a["n"] = 0
print(v, len(v))
print(a.values() == a.values(), a.keys() == a.keys())
try:
    a.keys() & 5
except TypeError as e:
    print("TypeError", e)
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError", e)
print({1: 2}.items() == {(1, 2)}, {1: 2}.keys() | [3], {(1, 2)} ^ {1: 2}.items())
