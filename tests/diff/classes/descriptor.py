class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)
class Ten:
    def __get__(self, obj, objtype=None):
        return 10
class P:
    x = Typed()
    ten = Ten()
    def __init__(self, x):
        self.x = x
p = P(4)
print(p.x, p._x, p.ten, P.ten, type(P.x).__name__)
p.ten = 5
print(p.ten)
