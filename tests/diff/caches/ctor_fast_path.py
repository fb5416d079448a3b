# The constructor fast path (object.__new__, a plain __init__ of exactly
# the call's arguments, called at its direct entry) against everything
# that must take it off: __init__ replaced, __new__ added later (also
# to a base), a metaclass __call__, __slots__, builtin bases, keywords, a
# default used, __init__ raising, recursion through the constructor.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(i):
    return P(i, i * 2)


for i in range(3):
    p = make(i)
    print(p.x, p.y, type(p).__name__)
P.__init__ = lambda self, x, y: setattr(self, "s", x + y)
p = make(5)
print(p.s, hasattr(p, "x"))


def new(cls, *args):
    o = object.__new__(cls)
    o.made = args
    return o


P.__new__ = new
p = make(6)
print(p.made, p.s)
P.__new__ = lambda cls, *args: object.__new__(cls)
p = make(7)
print(hasattr(p, "made"), p.s)


class Q:
    def __init__(self, v):
        self.v = v


class Q2(Q):
    pass


for i in range(2):
    print(Q2(i).v)
Q.__new__ = lambda cls, v: 42
print(Q2(1), Q(2))


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a


for i in range(2):
    print(M(i).a)


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


for i in range(2):
    s = S(i, -i)
    print(s.a, s.b)
try:
    S(1, 2).c = 3
except AttributeError as e:
    print("AttributeError:", e)


class L(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.tag = a


class I(int):
    def __init__(self, v, w):
        self.w = w

    def __new__(cls, v, w):
        return int.__new__(cls, v)


for i in range(2):
    l = L(i, i + 1)
    n = I(i + 40, "w")
    print(l, l.tag, len(l), n + 1, n.w)


class D:
    def __init__(self, a, b=10):
        self.t = (a, b)


for i in range(2):
    print(D(i).t, D(i, 2).t, D(a=i, b=3).t, D(*[i, 4]).t)


class E:
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative")
        self.n = n


for v in (1, -1, 2):
    try:
        print(E(v).n)
    except ValueError as e:
        print("ValueError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


class R:
    def __init__(self, n):
        self.kid = R(n - 1) if n else None
        self.n = n


r = R(30)
k = 0
while r:
    k += r.n
    r = r.kid
print(k)


class Ret:
    def __init__(self, v):
        if v:
            return v


print(type(Ret(0)).__name__)
try:
    Ret(3)
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


for i in range(2):
    print(Derived(i).v)
Base.__init__ = lambda self, v: setattr(self, "v", v * 10)
print(Derived(3).v)
Derived.__init__ = lambda self, v: setattr(self, "v", -v)
print(Derived(3).v, Base(3).v)
