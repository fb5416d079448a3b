# class T(tuple): indexing, slicing, concatenation, hashing, methods
class T(tuple):
    pass


t = T([1, 2, 3])
print(t, repr(t), type(t).__name__, T(), T("ab"), len(t), t[0], t[-1], t[1:], type(t[1:]).__name__)
print(t + (4,), (0,) + t, t * 2, type(t + (4,)).__name__, 2 in t, list(t), [x * 2 for x in t])
print(t == (1, 2, 3), (1, 2, 3) == t, t < (1, 3), hash(t) == hash((1, 2, 3)), {(1, 2, 3): "v"}[t])
print(t.count(2), t.index(3), tuple(t), type(tuple(t)).__name__, sorted(T((3, 1, 2))))
a, b, c = t
print(a, b, c, bool(T()), bool(t), max(t))
t.label = "nums"
print(t.label)
