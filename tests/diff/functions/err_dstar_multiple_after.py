def f(**k): pass
d = dict(a=1)
f(**d, a=2)
