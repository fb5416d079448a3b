# isinstance() also accepts the class an instance reports through a
# __class__ property or __getattribute__ (CPython's object_isinstance);
# type() and issubclass() do not look at it.
class Real:
    pass


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


class Sneaky:
    def __getattribute__(self, name):
        if name == "__class__":
            return int
        return object.__getattribute__(self, name)


class Liar:
    @property
    def __class__(self):
        return "not a class"


p = Proxy(Real())
print(isinstance(p, Real), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
print(isinstance(p, (int, Real)), issubclass(type(p), Real))
s = Sneaky()
print(isinstance(s, int), isinstance(s, Sneaky), isinstance(s, str))
print(isinstance(Liar(), Liar), isinstance(Liar(), int))


class Broken:
    @property
    def __class__(self):
        raise RuntimeError("no class")


try:
    isinstance(Broken(), int)
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(Broken(), Broken))
