# Comprehension cells together with the enclosing function's cells and
# nonlocal rebinding.
def counter():
    total = 0

    def bump(k):
        nonlocal total
        total += k
        return total

    fs = [lambda: bump(n) for n in range(1, 4)]
    out = [f() for f in fs]
    return out, total


print(counter())


def shadow():
    i = "outer"
    fs = [lambda: i for i in range(2)]
    return [f() for f in fs], i


print(shadow())


def two_vars():
    return [lambda: (x, y) for x in range(2) for y in "ab"]


print([f() for f in two_vars()])


def cond_capture():
    return [lambda: v for v in range(6) if (lambda: v % 2)()]


print([f() for f in cond_capture()])
sets = {k: [lambda: k + m for m in range(2)] for k in (10, 20)}
print({k: [f() for f in fs] for k, fs in sets.items()})


def mutate():
    cells = [lambda: lst for lst in ([1], [2])]
    cells[0]().append(3)
    return [c() for c in cells]


print(mutate())
