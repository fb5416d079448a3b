# set/frozenset constructors from many iterables; repr; copy semantics.
print(set("aab"), set(range(3)), set({"k": 1}), set(b"aab"), set([(1, 2), (1, 2)]), frozenset({1: 1}))
s = {1, 2}
c = s.copy()
c.add(3)
print(s, c, s == c, s is c, set(s) is s, frozenset(s) == s)
class S(set):
    pass
x = S([1, 2])
print(type(x).__name__, x, type(x.copy()).__name__, type(x | {3}).__name__, type(x - {1}).__name__, x == {1, 2})
print(repr(S()), repr(frozenset([1])), str({1}), set([frozenset([1])]))
