class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y) if False else "Vec(" + repr(self.x) + ", " + repr(self.y) + ")"
    def dot(self, o):
        return self.x * o.x + self.y * o.y
v = Vec(1.5, 2)
w = v + Vec(0.5, -1) * 2
print(w, w.dot(v), w == Vec(2.5, 0), w != Vec(2.5, 0))
