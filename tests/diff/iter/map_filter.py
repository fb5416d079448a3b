# map/filter with several iterables, None predicate, exceptions inside functions, laziness.
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6, 7])), list(map(str.upper, "ab")), list(map(len, [[], [1]])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
def boom(x):
    if x == 2:
        raise ValueError("boom at %d" % x)
    return x
m = map(boom, [1, 2, 3])
print(next(m))
try:
    next(m)
except ValueError as e:
    print("ValueError", e)
print(next(m))
f = filter(boom, [1, 2, 3])
print(next(f))
try:
    next(f)
except ValueError as e:
    print("ValueError", e)
calls = []
lazy = map(lambda x: calls.append(x) or x, range(3))
print(calls)
print(list(lazy), calls)
print(list(map(pow, [2], [3], [5])), sorted(map(abs, [-3, 1, -2])))
