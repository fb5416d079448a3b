def f(a, b): pass
f(1, b=2, z=3)
