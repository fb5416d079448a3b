def g(a, b, /, c): pass
g(1, 2, a=1, b=2, c=3)
