def f(*, a, b): pass
f()
