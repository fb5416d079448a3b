# Iterating ranges: negative steps, huge starts, reversed, enumerate, zip, list of big ranges.
print(list(range(3, -4, -2)), list(range(2**62, 2**62 + 3)), list(reversed(range(0, 10, 4))), list(range(-5, -1)))
print([i for i in range(10**20, 10**20 + 2)], list(enumerate(range(5, 8))), list(zip(range(3), range(10, 0, -3))))
it = iter(range(3))
print(next(it), list(it), list(it), sum(range(0, 10**6, 3)), len(list(range(0, 100, 7))))
r = range(0, 100, 10)
print(r.index(50), r[3:6], list(r[::-4]), r[-1], r[1:][1:][1:])
