f = lambda: 0
print(f.__name__, f.__qualname__, f.__doc__)
def g():
    return lambda: 0
print(g().__qualname__)
