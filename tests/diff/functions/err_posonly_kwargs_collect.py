def g(a, /, **kw):
    return a, kw
print(g(1, a=2))
g(a=2)
