# Sites in a base class's methods see instances of several subclasses of
# one shape; such a site may answer by the shape alone for classes whose
# instances keep all attributes in their slots. Every way a class stops
# being such a class must be seen at the site: a property or other data
# descriptor added to one subclass, a class attribute whose class later
# gains __set__, __getattribute__ / __setattr__ added, __slots__, builtin
# bases (list, int), __class__ assignment and dict-mode instances.


class Base:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def get(self):
        return self.a, self.b

    def put(self, v):
        self.a = v
        self.c = v  # a shape transition at one site

    def bump(self):
        self.b = self.b + 1


class A(Base):
    pass


class B(Base):
    pass


class C(Base):
    pass


def run(objs):
    out = []
    for o in objs:
        out.append(o.get())
    return out


def stores(objs, v):
    for o in objs:
        o.put(v)
        o.bump()
    return [(o.a, o.b, o.c) for o in objs]


objs = [A(1, 2), B(3, 4), C(5, 6), Base(7, 8)]
for i in range(3):
    print(run(objs))
    print(stores([A(1, 2), B(3, 4), C(5, 6)], i))

# a data descriptor for "a" on one subclass wins over the slot
B.a = property(lambda self: "B.a property", lambda self, v: None)
print(run(objs))
print(stores([A(1, 2), B(3, 4), C(5, 6)], 9))
del B.a
print(run(objs))


# a class attribute whose class gains __set__ and __get__ later
class Desc:
    pass


C.b = Desc()
print(run(objs)[2][1] is not None)
Desc.__get__ = lambda self, o, t: 100
Desc.__set__ = lambda self, o, v: print("Desc.__set__", v)
print(run(objs))
print(stores([A(1, 2), C(5, 6)], 3))
del C.b
print(run(objs))

# __getattribute__ and __setattr__ added to one subclass
A.__getattribute__ = lambda self, n: object.__getattribute__(self, n) if n[0] == "g" else "A:" + n
print(run(objs))
del A.__getattribute__
A.__setattr__ = lambda self, n, v: (print("A.__setattr__", n, v), object.__setattr__(self, n, v))[1]
print(stores([A(1, 2), B(3, 4)], 4))
del A.__setattr__
print(run(objs), stores([A(1, 2), B(3, 4)], 5))


# __slots__: no instance dict, so "c" cannot be added
class S(Base):
    __slots__ = ("a", "b")


class T(Base):
    pass


try:
    print(run([T(1, 2), S(3, 4), T(5, 6)]))
    print(stores([T(1, 2), S(3, 4)], 6))
except AttributeError as e:
    print("AttributeError:", e)


# builtin bases keep their attributes elsewhere in the instance
class L(list, Base):
    pass


class I(int, Base):
    def __init__(self, *args):
        if len(args) == 2:
            Base.__init__(self, *args)


mixed = [A(1, 2), L(), B(3, 4), I(7), C(5, 6)]
Base.__init__(mixed[1], 10, 20)
mixed[1].extend([1, 2])
I.__init__(mixed[3], 30, 40)
for i in range(2):
    print(run(mixed), mixed[1], mixed[3] + 1)
    print(stores(mixed, i))

# __class__ assignment and dict mode
o = A(1, 2)
for i in range(2):
    print(run([o, B(3, 4)]))
o.__class__ = B
print(run([o]), type(o).__name__)
d = C(5, 6)
d.__dict__["a"] = "from dict"
print(run([A(1, 2), d, B(3, 4)]))
d.__dict__.clear()
try:
    print(run([d]))
except AttributeError as e:
    print("AttributeError:", e)
d.b = 0
print(stores([A(1, 2), d], 8))
