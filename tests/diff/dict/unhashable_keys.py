# Every dict operation with an unhashable key raises CPython's TypeError naming the type.
d = {1: 2}
ops = [lambda: d[[1]], lambda: d.__setitem__({}, 1), lambda: d.get(set()), lambda: d.pop(bytearray()),
       lambda: d.setdefault([], 1), lambda: [] in d, lambda: d.__delitem__({}), lambda: dict.fromkeys([{}]),
       lambda: {[]: 1}, lambda: dict([([], 1)]), lambda: d.update({(): 1, (1, []): 2}), lambda: {**{1: 2}, [1]: 3}]
for op in ops:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
print(d)
