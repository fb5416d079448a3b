class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
c = C()
print(c.x)
c.x = 5
print(c.x, c._x)
del c.x
print(c.x)
print(type(C.x).__name__)
