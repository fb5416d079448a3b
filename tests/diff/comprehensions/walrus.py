print([y := x * 2 for x in range(3)], y)
def f():
    last = None
    r = [(last := x) for x in "abc"]
    return r, last
print(f())
total = 0
print([total := total + x for x in [1, 2, 3]], total)
print([z for x in range(5) if (z := x * x) > 4], z)
