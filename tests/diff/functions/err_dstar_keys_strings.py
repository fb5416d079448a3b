def f(**k): pass
d = dict()
d[1] = 2
f(**d)
