def compose(f, g):
    return lambda *a, **k: f(g(*a, **k))
inc = lambda x: x + 1
dbl = lambda x: x * 2
h = compose(inc, dbl)
print(h(5), compose(dbl, inc)(5), compose(h, h)(1))
