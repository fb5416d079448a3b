# __class__ assignment between classes with equal __slots__, and between
# subclasses that add nothing to the layout.
class P2:
    __slots__ = ("x", "y")

    def kind(self):
        return "P2"


class Q2:
    __slots__ = ("x", "y")

    def kind(self):
        return "Q2"


class R:
    __slots__ = ("y", "x")


class Z:
    __slots__ = ("x", "z")


p = P2()
p.x, p.y = 1, 2
p.__class__ = Q2
print(p.kind(), p.x, p.y)
p.__class__ = R
print(type(p).__name__, p.x)
try:
    p.__class__ = Z
except TypeError as e:
    print("TypeError", e)


class Base:
    pass


class Sub1(Base):
    pass


class Sub2(Base):
    __slots__ = ()


b = Base()
b.v = 1
b.__class__ = Sub1
print(type(b).__name__, b.v)
b.__class__ = Sub2
print(type(b).__name__, b.v)
b.__class__ = Base
print(type(b).__name__)
