# Virtual dispatch over many subclasses at one call site: methods taking
# exactly the site's arguments, with defaults, with *args, keyword-only,
# staticmethods and classmethods.


class Shape:
    def area(self, k):
        return 0


class Sq(Shape):
    def __init__(self, s):
        self.s = s

    def area(self, k):
        return self.s * self.s * k


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self, k, extra=100):
        return self.w * self.h * k + extra


class Tri(Shape):
    def area(self, *args):
        return len(args)


class Circ(Shape):
    @staticmethod
    def area(k):
        return "static " + str(k)


class Hexa(Shape):
    @classmethod
    def area(cls, k):
        return cls.__name__ + str(k)


class Oct(Shape):
    def area(self, k, *, scale=3):
        return k * scale


class Plain(Shape):
    pass


shapes = [Sq(2), Rect(2, 3), Tri(), Circ(), Hexa(), Oct(), Plain(), Sq(3)]
for rep in range(3):
    print([s.area(rep) for s in shapes])
