def g(a, /, **kw):
    return a, kw["a"]
print(g(1, a=2))
g(a=2)
