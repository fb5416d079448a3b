# dict methods with edge cases: pop, update forms, copy, clear, keys order.
d = {}
for i in range(20):
    d[i * 7 % 20] = i
print(list(d)[:5], len(d))
for k in range(0, 20, 3):
    del d[k]
print(list(d), d.pop(1), d.pop(1, "gone"), d.pop(99, None))
try:
    d.pop(99)
except KeyError as e:
    print("KeyError", e)
try:
    d.pop()
except TypeError as e:
    print("TypeError", e)
d.update({"a": 1}, b=2)
d.update([("c", 3)])
d.update(e=5)
d.update()
print(list(d.items())[-4:])
try:
    d.update(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    d.update([1])
except TypeError as e:
    print("TypeError", e)
c = d.copy()
c.clear()
print(len(d), c, d == d.copy(), {1: 1} == {1: 1.0}, {1: 2} != {1: 3})
print({True: "a", 1: "b", 1.0: "c"}, {0: "x", False: "y"}, {(): 1, (1,): 2, "": 3})
nested = {"a": {"b": {"c": [1, {"d": None}]}}}
print(nested, nested["a"]["b"]["c"][1])
r = {}
r["self"] = r
print(r)
big = {i: i for i in range(100000)}
for i in range(0, 100000, 2):
    del big[i]
print(len(big), big[99999], sum(big) % 1000, list(big)[:3])
try:
    big[0]
except KeyError as e:
    print("KeyError", e)
try:
    {}[[]]
except TypeError as e:
    print("TypeError", e)
print(dict(a=1, b=2), dict([(1, 2)], x=3), dict({1: 2}), dict(zip("ab", "cd")))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError", e)
try:
    dict(1)
except TypeError as e:
    print("TypeError", e)
