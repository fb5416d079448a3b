# class Fs(frozenset): hashing, algebra and __new__ overrides
class Fs(frozenset):
    pass


f = Fs([1, 2, 2])
print(f, repr(Fs()), type(f).__name__, len(f), 1 in f, hash(f) == hash(frozenset([1, 2])))
print(f == {1, 2}, {f: "v"}[frozenset([1, 2])], f | {3}, type(f | {3}).__name__, f & {2})
print(sorted(f), Fs("ab") == frozenset("ba"), f.issubset({1, 2, 3}))


class Pair(frozenset):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __repr__(self):
        return "Pair" + repr(sorted(self))


p = Pair(2, 1)
print(p, len(p), {p, Pair(1, 2)}, p == frozenset({1, 2}))
p.note = "n"
print(p.note)
