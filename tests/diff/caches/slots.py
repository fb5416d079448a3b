# __slots__ classes at the same sites as ordinary classes: undeclared
# attributes raise at the store site, declared ones are cached.


class S:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


class T:
    def __init__(self, x):
        self.x = x


def setz(o, v):
    o.z = v


def sety(o, v):
    o.y = v
    return o.y


for o in (T(1), S(2), T(3), S(4)):
    print(type(o).__name__, sety(o, o.x * 2))
    try:
        setz(o, 1)
        print("z", o.z)
    except AttributeError as e:
        print("AttributeError:", e)
s = S(9)
try:
    print(s.y)
except AttributeError as e:
    print("AttributeError:", e)
