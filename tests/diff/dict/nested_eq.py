# Equality of nested dicts with lists, tuples and floats/ints; hashing errors on dict values used as keys.
a = {"x": [1, {"y": (2, 3.0)}], "z": {1: 2}}
b = {"z": {1: 2.0}, "x": [1, {"y": (2, 3)}]}
print(a == b, a != b, a["x"][1] == b["x"][1], {1: 2} == {1.0: 2}, {"a": 1} == {"a": True})
try:
    {a: 1}
except TypeError as e:
    print("TypeError", e)
try:
    {(1, [2]): 1}
except TypeError as e:
    print("TypeError", e)
