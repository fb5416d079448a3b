# Set comprehensions and operations mixing with lists via set(); results' orders.
s = {x % 7 for x in range(50)}
t = {x * x for x in range(-5, 6)}
print(s, t, s & t, s | t, sorted(t - s))
words = "one two three two one four".split()
print(sorted(set(words)), len({w[0] for w in words}), {len(w) for w in words})
print(set(range(5)) == {0, 1, 2, 3, 4}, {(i, j) for i in range(2) for j in range(2)})
