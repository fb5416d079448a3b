def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    print(a, b, c, args, d, e, len(kwargs))
f(1, d=4)
f(1, 2, 3, 4, 5, d=6)
f(1, c=30, d=40, e=50)
f(1, 2, 3, d=4, z=1, y=2)
def g(**kw):
    return len(kw)
print(g(), g(a=1), g(a=1, b=2, c=3))
