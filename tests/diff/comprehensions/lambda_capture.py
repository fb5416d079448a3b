# A lambda or nested function capturing a comprehension variable shares
# one cell per run of the comprehension, as CPython's comprehension
# function: late binding gives the last value.
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
d = {k: (lambda: k * 2) for k in "ab"}
print({k: f() for k, f in d.items()})
s = {(lambda: x)() for x in range(4)}
print(sorted(s))


def outer(n):
    base = 100
    made = [lambda: base + i for i in range(n)]
    base = 200
    return [m() for m in made]


print(outer(3))


def runs():
    # each run of the comprehension has its own cell
    first = [lambda: v for v in (1, 2)]
    second = [lambda: v for v in (3, 4)]
    return [f() for f in first + second]


print(runs())
nested = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested])
pairs = [lambda: (a, b) for a, b in [(1, 2), (3, 4)]]
print([p() for p in pairs])


def deep():
    return [(lambda: (lambda: w)())() for w in "xyz"]


print(deep())
counter = [lambda: c for c in range(5) if c % 2]
print([f() for f in counter])


class Holder:
    items = [1, 2, 3]
    print([(lambda: q)() for q in items])


def with_def():
    out = []
    for f in [(lambda t: (lambda: t * 10))(t) for t in range(3)]:
        out.append(f())
    return out


print(with_def())
