# f-strings in class bodies and methods.
class Shape:
    kind = 'shape'
    label = f"<{kind}>"
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def describe(self):
        return f"{type(self).__name__} {self.w}x{self.h} area={self.area():.1f} {self.label}"
class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
print(Shape(2, 3.5).describe())
print(Square(4).describe())
print(Shape.label)
