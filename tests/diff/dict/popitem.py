# dict.popitem: LIFO order, KeyError on empty, after deletions and reinsertions.
d = {i: str(i) for i in range(6)}
while d:
    print(d.popitem(), len(d))
try:
    d.popitem()
except KeyError as e:
    print("KeyError", e, e.args)
d = {"a": 1, "b": 2, "c": 3}
del d["c"]
d["z"] = 26
d["a"] = 0
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem(1)
except TypeError as e:
    print("TypeError", e)
