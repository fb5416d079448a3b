# Insertion order with integer keys whose hashes collide, negative keys and big keys.
d = {}
for k in [8, 0, 16, -8, 2**61 - 1, 2**61 + 7, 24, -1, -2]:
    d[k] = k
print(list(d))
del d[0]
del d[-1]
d[0] = "back"
print(list(d.items()))
print(d[-2], d.get(-1), d[2**61 + 7])
