# CPython's TypeErrors for __class__ assignment.
class A:
    pass


class B:
    pass


class S:
    __slots__ = ("x",)


class T:
    __slots__ = ("x",)


class U:
    __slots__ = ("y",)


class SA(A):
    __slots__ = ()


class E(Exception):
    pass


def attempt(o, cls):
    try:
        o.__class__ = cls
        print("ok", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)


attempt(A(), 1)
attempt(A(), "B")
attempt(A(), int)
attempt(A(), E)
attempt(E(), A)
attempt(1, A)
attempt([], A)
attempt(object(), A)
attempt(A(), object)
s = S()
attempt(s, T)
attempt(s, U)
attempt(s, A)
attempt(A(), S)
attempt(A(), SA)
attempt(SA(), B)
try:
    del A().__class__
except TypeError as e:
    print("TypeError", e)
a = A()
a.__class__ = B
print(type(a).__name__)
a.__class__ = int
