# raise of an exception class (not instance) instantiates it.
def f():
    print("in f")
    raise ZeroDivisionError


f()
