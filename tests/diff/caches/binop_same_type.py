# a <op> b for two instances of one class goes to the class's method at
# its direct entry, remembered per class version: replaced methods,
# methods added and deleted, NotImplemented, a base's method, a method
# that is not a plain function, and a class whose method takes defaults.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return V(self.x - o.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)


def ops(a, b):
    return a + b, a - b


for i in range(3):
    print(ops(V(i), V(10)))
V.__add__ = lambda self, o: "replaced"
print(ops(V(1), V(2)))
del V.__sub__
try:
    ops(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)
V.__sub__ = lambda self, o: NotImplemented
try:
    ops(V(1), V(2))
except TypeError as e:
    print("TypeError:", e)


class W(V):
    pass


print(W(1) + W(2))
V.__add__ = lambda self, o: "base again"
print(W(1) + W(2))
W.__add__ = lambda self, o: "own"
print(W(1) + W(2), V(1) + V(2))


class Calls:
    def __call__(self, a, b):
        return ("called", a.n, b.n)


class S:
    __mul__ = Calls()
    __truediv__ = staticmethod(lambda a, b: "static")

    def __init__(self, n):
        self.n = n

    def __mod__(self, o, extra=5):
        return self.n % o.n + extra


for i in range(2):
    try:
        print(S(7) * S(2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(S(7) / S(2))
    except TypeError as e:
        print("TypeError:", e)
    print(S(7) % S(2))


class N(int):
    def __add__(self, o):
        return "N.__add__"


class F(float):
    pass


for i in range(2):
    print(N(1) + N(2), N(1) - N(2), F(1.5) + F(2.0), type(F(1.5) + F(2.0)).__name__)


class Raises:
    def __add__(self, o):
        raise KeyError("no")


try:
    Raises() + Raises()
except KeyError as e:
    print("KeyError:", e)
Raises() + 1 if False else None
try:
    Raises() + Raises()
except KeyError as e:
    print("KeyError:", e)
