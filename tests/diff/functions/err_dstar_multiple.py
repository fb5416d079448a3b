def f(**k): pass
d = dict(a=1)
f(a=2, **d)
