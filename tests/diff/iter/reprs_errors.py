# enumerate / zip / map / filter / reversed / iter(): results, reprs' shape, errors.
def shape(x):
    r = repr(x)
    return r[:r.index(" at ")] if " at " in r else r
print(shape(enumerate([])), shape(zip()), shape(map(str, [])), shape(filter(None, [])), shape(reversed([])))
print(shape(iter([])), shape(iter(())), shape(iter("")), shape(iter(range(0))), shape(iter({})), shape(iter(set())))
print(list(enumerate("ab", 5)), list(enumerate("ab", start=-2)), list(enumerate([], 10**20)), list(enumerate("a", 10**20)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip([1])), list(map(pow, [2, 3], [3, 2])), list(filter(str.isdigit, "a1b2")))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)), list(zip([], strict=False)))
for f in [lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)),
          lambda: list(zip([1], [1], [1, 2], strict=True)), lambda: list(zip([1, 2], [1, 2], [1], strict=True)),
          lambda: zip([1], foo=1), lambda: zip(5), lambda: enumerate(5), lambda: enumerate([], "a"),
          lambda: map(str), lambda: map(str, 5), lambda: filter(None), lambda: filter(None, 5),
          lambda: reversed(5), lambda: reversed({1}), lambda: iter(5), lambda: iter(5, 0), lambda: next(iter([]))]:
    try:
        print(f())
    except (TypeError, ValueError, StopIteration) as e:
        print(type(e).__name__, e)
it = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(it), 0)), list(it))
calls = [0]
def count():
    calls[0] += 1
    return calls[0]
print(list(iter(count, 4)), next(iter(count, 100)))
e = enumerate("abc")
print(next(e), list(e), list(e))
m = map(lambda x, y: x + y, [1, 2, 3], [10, 20])
print(list(m), list(m))
print(next(iter([]), "default"), next(filter(None, [0, 0]), "none"))
