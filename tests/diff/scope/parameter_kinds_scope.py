# Parameters are locals; defaults are evaluated in the enclosing scope at
# definition time.
base = 10


def add(a, b=base):
    base = a + b
    return base


base = 20
print(add(1), add(1, 2), base)
