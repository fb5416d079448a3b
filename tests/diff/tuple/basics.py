# tuple: indexing, slicing, count/index, hash, comparisons, repetition, errors.
t = (1, "a", 2.5, None, (1, 2))
print(t[-1], t[1:3], t[::-2], t[10:], t.count(1), t.index("a"), t.index(None, 2), len(t))
for bad in [lambda: t[10], lambda: t.index(99), lambda: t.index(1, 1), lambda: t["a"], lambda: t.count(),
            lambda: hash(([],)), lambda: (1,) + [2], lambda: (1,) * "a", lambda: t.__setitem__]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", "b")), hash((1.5, -1)), hash(((1, 2), (3,))))
print(hash((10**30, 2**63)), hash((True, False)), hash((1, 1.0)) == hash((1, 1)), hash((-1,)), hash((-2,)))
print((1, 2) < (1, 3), (1,) < (1, 0), () < (0,), (1, "a") == (1, "a"), (2,) > (1, 99), (1, 2) <= (1, 2))
try:
    (1, 2) < ("a", 2)
except TypeError as e:
    print("TypeError", e)
print((1,) * 3, (1, 2) * 0, () * 5, (1,) + (2,), tuple("abc"), tuple(range(3)), tuple([1, [2]]))
a = (1, 2)
b = a
a += (3,)
print(a, b, a is b)
print((), (1,), ((),), repr((1, "x")), str(("a",)))
x, *y = (1, 2, 3)
print(x, y)
print(tuple.__len__((1, 2)), (1, 2).__contains__(2), (1, 2).__getitem__(-1), tuple.__hash__(()) == hash(()))
