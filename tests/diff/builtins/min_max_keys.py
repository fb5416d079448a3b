# min/max: ties return the first, key errors propagate, default only for empty iterables.
print(max([1, 3, 3.0, 2]), min([2, 1, 1.0]), max("abc", key=lambda c: 0), min([[1], [1]], key=len) is not None)
print(max([], key=len, default="d"), min(iter([]), default=1), max({"a": 1, "b": 2}))
def bad(x):
    raise KeyError(x)
for f in [lambda: max([1, 2], key=bad), lambda: min(1, 2, key=bad), lambda: max([1], [2], default=1), lambda: max(default=1)]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
