def f(a, b, c): pass
f(b=1)
