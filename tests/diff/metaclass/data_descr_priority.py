# a data descriptor on the metaclass beats the class's own attribute;
# a non-data one does not
class M(type):
    @property
    def name(cls):
        return "meta property"

    def plain(cls):
        return "meta method"


class A(metaclass=M):
    name = "class attr"
    plain = "class plain"


print(A.name, A.plain, A().name, A().plain)


class M2(type):
    @property
    def ro(cls):
        return 1

    @property
    def rw(cls):
        return cls._rw

    @rw.setter
    def rw(cls, v):
        cls._rw = v * 10


class B(metaclass=M2):
    pass


B.rw = 4
print(B.rw, B._rw)
try:
    B.ro = 5
except AttributeError as e:
    print("AttributeError", e)
