# Comparisons between sets and frozensets: subset/superset operators, equality, mixed types.
a, b, c = {1, 2}, frozenset([1, 2, 3]), {1, 2}
print(a < b, a <= b, b > a, b >= a, a == c, a < c, a <= c, a != b, a == frozenset(a))
print(frozenset() < a, set() == frozenset(), {1} > set(), {1, 2} >= {1, 2}, {1, 3} < {1, 2, 4})
print(a == [1, 2], a != (1, 2), {1} == {1.0}, {1} == {True})
for f in [lambda: a < [1, 2, 3], lambda: a >= 5, lambda: frozenset() <= "a"]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(sorted([{1, 2}, {1}, {3}], key=len), max([{1}, {1, 2}], key=len))
print({1, 2}.__eq__([1]), {1}.__lt__({1, 2}), frozenset.__le__(frozenset(), set()))
