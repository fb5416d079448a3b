# next() with defaults, iter() of iterators returns them, errors for non-iterators.
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, None), next(it, 5))
g = map(str, [1])
print(iter(g) is g, next(g), next(g, "end"))
for f in [lambda: next([1]), lambda: next(iter([]), 1, 2), lambda: next(), lambda: iter(), lambda: iter(1, 2, 3)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
