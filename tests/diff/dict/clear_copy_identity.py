# clear() empties in place (views see it), copy() is shallow, dict(d) copies.
d = {1: [1], 2: [2]}
k = d.keys()
c = d.copy()
e = dict(d)
d[1].append(5)
d.clear()
print(d, list(k), c, e, c[1] is e[1], len(k))
d[3] = 3
print(list(k), c == e, c is e)
try:
    d.clear(1)
except TypeError as e2:
    print("TypeError", e2)
try:
    d.copy(1)
except TypeError as e2:
    print("TypeError", e2)
