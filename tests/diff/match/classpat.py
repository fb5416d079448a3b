# Class patterns: isinstance, __match_args__, keyword attributes, builtins.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "origin3"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return ('on y axis at', yy)
        case Point(xx, 0):
            return ('on x axis at', xx)
        case Point(z=zz):
            return ('has z', zz)
        case Point():
            return "somewhere"
        case int(n) | float(n):
            return ('number', n)
        case str() as s:
            return ('string', s)
        case [Point(x=a), Point(x=b)]:
            return ('two points', a, b)
        case _:
            return "unknown"


for p in [Point(0, 0), Point3(0, 0, 0), Point3(1, 2, 3), Point(0, 5), Point(7, 0), Point(1, 1), 3, 2.5, "s", [Point(1, 2), Point(3, 4)], None]:
    print(where(p))
