def f():
    x = 1
    def g():
        return x
    print(g())
    del x
    return g
f()()
