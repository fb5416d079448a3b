def f():
    g = lambda: x
    g()
    x = 1
f()
