def f(a, b=2, **k):
    return a, b, len(k)
d = dict(a=1)
print(f(**d))
e = dict(b=5, z=1)
print(f(**d, **e))
print(f(1, **e))
print(f(**dict(a=7), b=8))
def g(**kw):
    return kw
r = g(x=1, **dict(y=2), z=3)
print(r["x"], r["y"], r["z"], len(r))
print(*(1, 2), **dict(sep=":"))
