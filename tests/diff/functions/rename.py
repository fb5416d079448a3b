def f():
    pass
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__)
def g(a):
    pass
g.__qualname__ = "other"
g()
