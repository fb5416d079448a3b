def f(**kw):
    return kw
print(f(b=1, a=2, c=3))
def g(a, *args, b=0, **kw):
    return a, args, b, kw
print(g(1, 2, 3, b=4, c=5, d=6))
print(g(a=1, z=0))
def h(x, **kw):
    return kw
print(h(1, x2=2, y=3))
