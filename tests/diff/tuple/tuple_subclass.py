# tuple subclasses: slicing and + return plain tuples; hash and equality as tuples; repr override.
class P(tuple):
    def __repr__(self):
        return "P" + tuple.__repr__(self)
p = P((1, 2, 3))
print(p, p[1:], type(p[1:]).__name__, type(p + (4,)).__name__, p == (1, 2, 3), hash(p) == hash((1, 2, 3)))
print(p.count(1), p.index(3), len(p), list(reversed(p)), tuple(p), type(tuple(p)).__name__, p * 2)
