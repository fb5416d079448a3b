# dict comprehensions and dict(zip()) with duplicate keys keep the first position, last value.
d = {k % 3: k for k in range(10)}
print(d)
print(dict(zip("abcab", range(5))), {**{"a": 1}, "b": 2, **{"a": 3}}, dict([("x", 1), ("x", 2)]))
print({x: y for x, y in [(1, 2), (1, 3), (0, 0)]}, {str(i): i for i in range(3)})
big = {i % 997: i for i in range(10000)}
print(len(big), big[0], list(big)[:3])
