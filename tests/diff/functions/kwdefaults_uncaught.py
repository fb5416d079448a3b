def f(*, a=1):
    return a


f.__kwdefaults__ = {"b": 2}
print(f.__kwdefaults__)
f()
