# Tuples as dict keys and set members, hash of nested tuples, -1 avoidance.
d = {(1, 2): "a", (2, 1): "b", ((1,), 2): "c", (1, (2,)): "d"}
print(d[(1, 2)], d[(2, 1)], d[((1,), 2)], len(d))
print(hash((-1, -1)), hash((-2,)), hash(((-1,),)), hash((1, -1)) == hash((1, -2)))
s = {(i, j) for i in range(3) for j in range(3)}
print(len(s), (2, 2) in s, sorted(s)[:3])
print(hash((1.0, 2)) == hash((1, 2.0)), hash(("a", "a")), hash((b"a", "a")) == hash(("a", b"a")))
