# sorted(): any iterable, key, reverse stability, errors, keyword-only arguments.
print(sorted({3: "a", 1: "b"}), sorted("bca"), sorted((3, 1, 2), reverse=True), sorted(range(5), key=lambda x: -x))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted([[3], [1, 2]], key=len), sorted(["b", "A", "a"], key=str.lower))
for f in [lambda: sorted(5), lambda: sorted([1, "a"]), lambda: sorted([1], 2), lambda: sorted([1], cmp=None),
          lambda: sorted(), lambda: sorted([2, 1], key=lambda x: x / 0)]:
    try:
        print(f())
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
