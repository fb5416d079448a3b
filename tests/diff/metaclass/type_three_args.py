# type(name, bases, ns): classes made at run time
def init(self, v):
    self.v = v


Base = type("Base", (), {"x": 1, "__init__": init, "get": lambda self: self.v})
Sub = type("Sub", (Base,), {"y": 2, "__doc__": "sub doc"})
s = Sub(7)
print(Base.__name__, Sub.__bases__ == (Base,), s.get(), s.x, s.y, Sub.__doc__, Base.__doc__)
print(Sub.__qualname__, Sub.__module__, type(Sub) is type, Sub.__mro__)
Q = type("Q", (), {"__qualname__": "Outer.Q"})
print(Q.__qualname__, Q.__name__, repr(Q))
print(type(1), type("s"), type(Base), type(s).__name__)


class M(type):
    pass


Made = M("Made", (Base,), {})
print(type(Made) is M, Made(3).get())
