# Constructor calls while __init__ and __new__ change; __init__ with
# defaults, keywords, *args; __init__ returning a value; subclasses that
# inherit __init__.


class V:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class W(V):
    pass


def make(cls, i):
    return cls(i, i + 1)


for i in range(3):
    v = make(V, i)
    w = make(W, i)
    print(v.x, v.y, w.x, w.y, type(w).__name__)
print(V(5).y, V(x=6).x, V(*[7, 8]).y)


def init2(self, a, b):
    self.x = a * 100
    self.y = b * 100


V.__init__ = init2
print(make(V, 1).x, make(W, 1).y)
W.__init__ = lambda self, *args: setattr(self, "x", args)
w = make(W, 2)
print(w.x, hasattr(w, "y"))


class Single:
    inst = None

    def __new__(cls, *args):
        if Single.inst is None:
            Single.inst = object.__new__(cls)
        return Single.inst

    def __init__(self, n):
        self.n = n


a = Single(1)
b = Single(2)
print(a is b, a.n)
try:
    make(V, "a")
    make(V, 1, )
    V()
except TypeError as e:
    print("TypeError:", e)


class Bad:
    def __init__(self):
        return 5


for i in range(2):
    try:
        Bad()
    except TypeError as e:
        print("TypeError:", e)
