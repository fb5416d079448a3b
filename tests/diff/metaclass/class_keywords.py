# class keywords reach __prepare__, __new__, __init__ and, through
# type.__new__, __init_subclass__
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", sorted(kw.items()))
        return {}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", sorted(kw.items()))
        return super().__new__(mcs, name, bases, ns, **kw)

    def __init__(cls, name, bases, ns, **kw):
        print("init", sorted(kw.items()))
        super().__init__(name, bases, ns, **kw)


class Base(metaclass=M):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw.items()))


opts = {"b": 2}


class Sub(Base, a=1, **opts):
    pass


try:
    class Bad(metaclass=M, z=1):
        pass
except TypeError as e:
    print("TypeError:", e)
