# frozensets as keys and members, hash equality with equal sets, nesting.
a = frozenset([1, 2, 3])
b = frozenset([3, 2, 1])
s = {a, b, frozenset(), frozenset([frozenset()])}
print(len(s), a in s, {1, 2, 3} in s, hash(a) == hash(b), frozenset() in s)
d = {a: 1}
d[b] = 2
print(d, d[frozenset({1, 2, 3})])
try:
    {{1}}
except TypeError as e:
    print("TypeError", e)
try:
    {1: 2}[{1}]
except TypeError as e:
    print("TypeError", e)
print(frozenset(frozenset([1])), frozenset(), frozenset("aab"), frozenset(range(3)) | {5})
f = frozenset([1])
print(f.copy() is f, frozenset(f) is f, set(f) == f, type(set(f)).__name__)
class F(frozenset):
    pass
g = F([1, 2])
print(type(g).__name__, g, type(g | {3}).__name__, type(g.copy()).__name__, g == {1, 2}, hash(g) == hash(frozenset([1, 2])))
