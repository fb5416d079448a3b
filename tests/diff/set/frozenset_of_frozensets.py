# frozensets of frozensets: hashing, equality, order, union.
a = frozenset([frozenset([1]), frozenset([2]), frozenset()])
b = frozenset([frozenset([2]), frozenset(), frozenset([1])])
print(a == b, hash(a) == hash(b), len(a | b), frozenset() in a, frozenset([1, 2]) in a)
print(sorted(map(sorted, a)), {a: 1}[b], frozenset([a, b]))
