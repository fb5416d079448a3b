# Tuple comparisons element by element, mixed types, unpacking errors.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (1, "b") > (1, "a"), ((1, 2), 3) < ((1, 3), 0))
print(max([(1, "z"), (2, "a"), (2, "b")]), sorted([(2, 1), (1, 2), (1, 1)]), (1, 2) == [1, 2])
for f in [lambda: (1, "a") < (1, 2), lambda: (None,) < (1,), lambda: tuple(5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
a, (b, c), *d = (1, (2, 3), 4, 5)
print(a, b, c, d)
