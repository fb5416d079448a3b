for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for a, (b, c) in [(1, "xy"), (2, "zw")]:
    print(a, b, c)
for first, *rest in ["abc", "d"]:
    print(first, rest)
xs = [0, 0, 0]
for xs[0] in [7, 8]:
    print(xs)
d = {}
for d["k"] in range(2):
    pass
print(d)
for i, x in [(0, "a"), (1, "b")]:
    xs[i] = x
print(xs)
