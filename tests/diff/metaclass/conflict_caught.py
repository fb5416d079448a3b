# metaclass conflicts, caught: with an explicit metaclass, with type()
class M1(type):
    pass


class M2(type):
    pass


class A(metaclass=M1):
    pass


try:
    class B(A, metaclass=M2):
        pass
except TypeError as e:
    print("class:", e)
try:
    type("T", (A,), {})
    print("type() picked", type(type("T", (A,), {})).__name__)
    M2("T", (A,), {})
except TypeError as e:
    print("M2():", e)
try:
    type("T", (1,), {})
except TypeError as e:
    print("bad base:", e)
