# Set iteration order and frozenset hashes match CPython (PYTHONHASHSEED=0),
# for constant displays (built through a frozenset constant, as CPython
# 3.11 compiles them) and for sets built by adding. None hashes by address
# in 3.11, so it stays out of printed sets.
print(set(range(20, 0, -3)), {-1, -2, 5, 1000, 1099511627776, 2305843009213693952, -2305843009213693952}
print(set([-1, -2, 5, 1000, 2**40, 2**61, -2**61]), {-1, -2, 5}, {-2, -1, 7}))
print({"apple", "banana", "cherry", "date", "e"}, {1.5, 2.5, -0.5, 1e300, float("inf")})
print({(1, 2), (2, 1), (), ("a",)}, {True, 3, "x", b"x", 2.5})
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset("abc")))
print(hash(frozenset([frozenset([1]), frozenset()])), hash(frozenset(range(100))))
s = set()
for i in [5, 13, 21, 29, 37, 8, 16]:
    s.add(i)
s.discard(13)
s.add(45)
print(s)
big = set(range(0, 3000, 7))
for i in range(0, 3000, 14):
    big.discard(i)
print(list(big)[:10], len(big))
print(frozenset([3, 1, 2]), set([3, 1, 2]), repr(frozenset()), repr(set()))
print({frozenset([1, 2]): "a"}[frozenset([2, 1])], frozenset([1, 2]) == {1, 2}, hash(frozenset({1, 2})) == hash(frozenset([2, 1])))
