# set and frozenset algebra: operators, methods with several arguments, result types.
a, b = {1, 2, 3, 4}, {3, 4, 5}
fa = frozenset(a)
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union(b, [9], "x"), a.intersection(b, range(4)), a.difference(b, [1]), a.symmetric_difference([4, 7]))
print(a.union(), a.intersection(), a.difference(), type(fa.union()).__name__, fa.copy() is fa)
print(type(fa | a).__name__, type(a | fa).__name__, type(fa & b).__name__, type(a ^ fa).__name__)
print(fa | b, fa - b, fa.union([7]), fa.intersection({1, 9}), fa.symmetric_difference(fa))
print(a.isdisjoint(b), a.isdisjoint([7]), a.issubset(range(10)), a.issuperset([1, 2]), fa.issubset(a))
for bad in [lambda: a | [1], lambda: a & "ab", lambda: a - 5, lambda: a ^ (1,), lambda: a.union(5),
            lambda: a.issubset(5), lambda: frozenset([[1]]), lambda: {[]}, lambda: a.intersection([[]]),
            lambda: a < [1], lambda: a.add([]), lambda: 5 - a]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(set() | set(), frozenset() & set(), set("abc") - set("b") == {"a", "c"})
print(sorted(set(range(100)) ^ set(range(50, 150)))[:3], len(set(range(10**5)) & set(range(0, 10**5, 7))))
