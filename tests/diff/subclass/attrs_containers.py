# instance attributes, properties and __slots__ on container subclasses
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name

    @property
    def total(self):
        return sum(self)


n = Named("n", [1, 2, 3])
n.extra = True
print(n.name, n.total, n.extra, n, len(n))
del n.extra
print(hasattr(n, "extra"))


class Cfg(dict):
    __slots__ = ("source",)

    def __init__(self, source, **kw):
        super().__init__(**kw)
        self.source = source


c = Cfg("file", debug=True)
print(c.source, c, c["debug"])
try:
    c.other = 1
except AttributeError as e:
    print("AttributeError:", e)


class Bag(set):
    count = 0

    def __init__(self, *a):
        super().__init__(*a)
        Bag.count += 1
        self.id = Bag.count


b1 = Bag([1])
b2 = Bag()
print(b1.id, b2.id, sorted(b1), len(b2))


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))


p = Point(1, 2)
print(p, p[0])
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


# __class__ assignment needs the same builtin base
class A(int):
    pass


class A2(int):
    pass


class S(str):
    pass


class D1(dict):
    pass


class S1(set):
    pass


class S2(str):
    pass


x = S("v")
x.__class__ = S2
print(type(x).__name__, x + "w")
for obj, cls in ((A(1), A2), (A(1), S), (D1(), S1), (S1(), D1)):
    try:
        obj.__class__ = cls
    except TypeError as e:
        print("TypeError:", e)
