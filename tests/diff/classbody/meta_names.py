# __module__, __qualname__, __doc__ of classes with control flow, nested
# classes defined conditionally
class Outer:
    "outer doc"
    if True:
        class Inner:
            "inner doc"
            for k in range(2):
                class Deep:
                    pass
    else:
        class Inner:
            pass


print(Outer.__doc__, Outer.Inner.__doc__, Outer.Inner.Deep.__doc__)
print(Outer.Inner.__qualname__, Outer.Inner.Deep.__qualname__, Outer.Inner.k)
print(Outer.__module__, Outer.Inner.Deep.__module__)


def f():
    class L:
        while False:
            pass
    return L


print(f().__qualname__, f().__name__)
