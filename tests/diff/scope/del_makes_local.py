# `del x` binds x in the function: after it, x is unbound there, while the
# module's x is untouched.
x = "module"


def f():
    x = 1
    del x
    x = 2
    return x


def g():
    return x


print(f(), g())
del x


def h():
    return x


print(h())
