# `*bases` and `**kw` in a class statement
class Base:
    def __init_subclass__(cls, **kw):
        cls.kw = kw


class Mixin:
    def hi(self):
        return "hi"


bases = (Mixin, Base)
opts = {"color": "red", "size": 2}


class C(*bases, **opts):
    pass


print(C.__bases__ == (Mixin, Base), C().hi(), sorted(C.kw.items()))


class D(Base, *(), level=1, **{"x": 2}):
    pass


print(sorted(D.kw.items()), D.__bases__ == (Base,))
