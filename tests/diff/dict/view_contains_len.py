# keys/items/values membership with unhashable probes and len tracking.
d = {1: "a", (2, 3): "b"}
print(1 in d.keys(), (2, 3) in d.keys(), (1, "a") in d.items(), ((2, 3), "b") in d.items(), "a" in d.values())
print([1] in d.values(), (1, 2, 3) in d.items(), [1, "a"] in d.items())
for probe in [lambda: [1] in d.keys(), lambda: ([1], 2) in d.items()]:
    try:
        print(probe())
    except TypeError as e:
        print("TypeError", e)
k, i, v = d.keys(), d.items(), d.values()
d[5] = "c"
print(len(k), len(i), len(v), list(v))
