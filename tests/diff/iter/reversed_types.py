# reversed() of every reversible type and the errors for the rest; its length hint.
for x in [[1, 2, 3], (1, 2, 3), "abc", b"abc", bytearray(b"ab"), range(4), {1: 2, 3: 4}, {1: 2}.keys(), {1: 2}.values(), {1: 2}.items()]:
    r = reversed(x)
    print(type(r).__name__, list(r))
class R:
    def __reversed__(self):
        return iter([3, 2, 1])
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
print(list(reversed(R())), list(reversed(Seq())))
for bad in [5, {1}, frozenset(), iter([1]), None]:
    try:
        reversed(bad)
    except TypeError as e:
        print("TypeError", e)
it = reversed([1, 2, 3])
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 1, 2: 2}
r = reversed(d)
d[3] = 3
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
class A:
    x = 1
    y = 2
print([k for k in reversed(A.__dict__) if not k.startswith("__")], [k for k in A.__dict__.__reversed__() if k in "xy"])
class T(tuple):
    pass
class S(str):
    pass
print(list(reversed(T((1, 2)))), list(reversed(S("ab"))))
