# the metaclass of a class is the most derived of its bases' metaclasses
class M1(type):
    def kind(cls):
        return "M1"


class M2(M1):
    def kind(cls):
        return "M2"


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(A, B):
    pass


class D(B, A):
    pass


class E(A, metaclass=M2):
    pass


print(type(C).__name__, type(D).__name__, type(E).__name__, C.kind(), E.kind())


class F(A, metaclass=type):
    pass


print(type(F).__name__)
