# Errors inside map/filter functions propagate from next(); map with a non-callable fails on first next().
m = map(5, [1])
try:
    next(m)
except TypeError as e:
    print("TypeError", e)
f = filter(5, [1])
try:
    next(f)
except TypeError as e:
    print("TypeError", e)
m = map(lambda a, b: a / b, [1, 2], [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(list(map(lambda: 1, [])), list(filter(lambda x: x, [])))
