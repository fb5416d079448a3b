def f(**k):
    pass
f(**dict(((1, 2),)))
