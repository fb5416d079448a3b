# Sets of mixed numbers and strings: equal numbers collapse, iteration order.
print({1, 1.0, True}, {0, False, 0.0, -0.0}, {1, 2.0, 3 + 0j}, {"a", "b", "a"})
s = set()
for x in [3, 1.5, "x", (1,), 2**70, -7, b"y"]:
    s.add(x)
print(len(s), 3 in s, 3.0 in s, 2**70 in s, float(2**70) in s, "x" in s)
print(sorted([1, 3, 2]), sorted({5, 1, 3}), max({4, 9, 2}), sum({1, 2, 3}))
print(set([1, 2, 3]) == {3, 2, 1}, list(set(range(8))), list({8, 0, 16, 24}), list({-8, -16, 0}))
