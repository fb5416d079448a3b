def target(a, b=0, *, c=0):
    return a * 100 + b * 10 + c
def fwd(*args, **kwargs):
    return target(*args, **kwargs)
print(fwd(1), fwd(1, 2), fwd(1, c=3), fwd(a=4, b=5, c=6), fwd(7, 8))
def pr(*args, **kwargs):
    print(*args, **kwargs)
pr(1, 2, sep="+")
pr("x", end="!\n")
