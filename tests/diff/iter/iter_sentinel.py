# iter(callable, sentinel): stops at the sentinel (compared with ==), StopIteration from the callable ends it too.
vals = iter([1, 2.0, 3, 4])
print(list(iter(lambda: next(vals), 3.0)))
def stops():
    raise StopIteration
print(list(iter(stops, None)))
n = [0]
def counter():
    n[0] += 1
    if n[0] > 5:
        raise ValueError("too far")
    return n[0]
it = iter(counter, 3)
print(list(it), next(it, "done"))
try:
    list(iter(counter, 100))
except ValueError as e:
    print("ValueError", e)
try:
    iter(5, 1)
except TypeError as e:
    print("TypeError", e)
