# type() and a weaker metaclass defer to the most derived metaclass's
# own __new__ (CPython's type_new: winner->tp_new)
class M1(type):
    def __new__(mcs, name, bases, ns):
        print("M1.__new__", mcs.__name__, name)
        return super().__new__(mcs, name, bases, ns)


class A(metaclass=M1):
    pass


B = type("B", (A,), {"x": 1})
print(type(B).__name__, B.x, B.__bases__ == (A,))


class M0(type):
    pass


try:
    M0("C", (A,), {})
except TypeError as e:
    print(e)


class M3(M1):
    pass


C = M3("C", (A,), {})
print(type(C).__name__)


class Plain(type):
    pass


class M2(Plain):
    pass


class D(metaclass=M2):
    pass


E = Plain("E", (D,), {})
print(type(E).__name__)
