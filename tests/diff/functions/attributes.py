def f(a, b=2, *, c=3):
    "the doc"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__)
def g():
    return 1
print(g.__doc__, g.__defaults__, g.__kwdefaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
f.x = 5
f.y = "why"
print(f.x, f.y)
f.x += 1
print(f.x)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
