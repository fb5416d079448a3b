# View objects: iteration after updates, isdisjoint, len, bool, repr of nested, values not set-like.
d = {1: "a", 2: "b"}
k, v, i = d.keys(), d.values(), d.items()
d[3] = "c"
del d[1]
print(list(k), list(v), list(i), len(k), bool(k), bool({}.keys()))
print(k.isdisjoint([5, 6]), k.isdisjoint((2,)), i.isdisjoint({(2, "b")}), i.isdisjoint([]))
try:
    v & {1}
except TypeError as e:
    print("TypeError", e)
try:
    v == v
    print(v == list(v))
except TypeError as e:
    print("TypeError", e)
print({1: [1, 2]}.items(), {"k": {"n": 1}}.values(), {(): ()}.keys())
print(sorted(k | {9}), sorted(i ^ {(9, 9)}), k - {2}, type(k - {2}).__name__)
print(sorted({1: 1, 2: 2}.keys() - [1]), {1: 1}.keys() & {1: 2}.keys(), {1: 1}.items() & {1: 2}.items())
it = iter(d)
print(next(it), list(it), list(it))
