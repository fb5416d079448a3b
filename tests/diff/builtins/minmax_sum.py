# min/max with key and default, sum precision and start, errors.
print(min(3, 1, 2), max("abc"), min([3, 1], key=lambda x: -x), max([], default=None), min([], default=0))
print(max([1, 3, 2], key=None), min("b", "a", key=str.upper), max([(1, "b"), (1, "a")]), min([[2], [1, 9]]))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(1, 2.0), min([float("nan"), 1]), max([1, float("nan")]))
for f in [lambda: min([]), lambda: max([]), lambda: min(), lambda: max(1), lambda: min(1, 2, default=0),
          lambda: max([1, "a"]), lambda: min([1], foo=1), lambda: max([1], key=5), lambda: min(None),
          lambda: max(1, 2, key=lambda x: None if x == 1 else "a")]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]), sum(range(101)), sum([], 5))
print(sum([1, 2], start=10), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1.5, 2**60]), sum([True, 2.5, 1]))
print(sum([10**20, 1.5]), sum([1, 2**70]), sum([2**62, 2**62]), sum([1j, 2]), sum([0.1 * x for x in range(10)]))
for f in [lambda: sum(["a"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()),
          lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([1], 2, 3), lambda: sum()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
