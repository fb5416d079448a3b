# a namedtuple-like class built on tuple.__new__
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return "Point(x=" + repr(self.x) + ", y=" + repr(self.y) + ")"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(10, 20)
print(p, repr(p), p.x, p.y, p + q, len(p), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x, y, list(p), {p: "origin-ish"}[(1, 2)], [p, q])
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
