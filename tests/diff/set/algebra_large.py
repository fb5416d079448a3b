# Set algebra on larger sets: sizes and some members; iteration order of results.
a = set(range(0, 1000, 3))
b = set(range(0, 1000, 5))
u, i, d, x = a | b, a & b, a - b, a ^ b
print(len(u), len(i), len(d), len(x), sorted(i)[:5], list(i)[:5], list(x)[:5])
print(a.issuperset(i), i.issubset(b), d.isdisjoint(b), x == (a - b) | (b - a))
c = a.copy()
c &= b
print(c == i, list(c)[:5])
c = a.copy()
c ^= b
print(c == x, list(c)[:5])
c = set(range(30))
c -= set(range(0, 30, 2))
print(list(c))
