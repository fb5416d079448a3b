# Functions with unboxed clones called with floats, bools and bigints take
# the boxed path and keep Python's semantics.
def add(a, b):
    return a + b


def cmp(a, b):
    if a < b:
        return 1
    return 0


print(add(1, 2), add(1.5, 2), add(True, True), add(2 ** 100, 1), add(-(2 ** 47), -1))
print(cmp(1, 2), cmp(2.5, 2), cmp(True, 2), cmp(2 ** 60, 2 ** 61))
print(add("a", "b"))
print(add(1, "b"))
