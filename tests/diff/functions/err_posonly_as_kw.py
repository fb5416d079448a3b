def g(a, /, b, *, c): pass
g(a=1, b=2, c=3)
