# obj.__class__ = C between compatible user classes; attribute sites and
# method calls follow the new class (their caches key on the type).
class A:
    kind = "A"

    def __init__(self):
        self.x = 1

    def who(self):
        return "A.who", self.x


class B:
    kind = "B"

    def who(self):
        return "B.who", self.x

    def extra(self):
        return "extra"


def probe(o):
    return o.kind, o.who(), o.x, type(o).__name__, o.__class__.__name__


objs = [A(), A(), A()]
for o in objs:
    print(probe(o))
objs[1].__class__ = B
for o in objs:
    print(probe(o), isinstance(o, A), isinstance(o, B))
print(objs[1].extra())
objs[1].__class__ = A
print([probe(o) for o in objs])
try:
    objs[1].extra()
except AttributeError as e:
    print("AttributeError", e)


class C(A):
    pass


c = C()
c.y = 2
c.__class__ = B
print(probe(c), c.y, c.__class__ is B)
setattr(c, "__class__", C)
print(type(c).__name__, super(C, c).who())
object.__setattr__(c, "__class__", A)
print(type(c).__name__)


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1("msg")
e.__class__ = E2
print(type(e).__name__, e.args, isinstance(e, E2))
try:
    raise e
except E2 as caught:
    print("caught", repr(caught))
