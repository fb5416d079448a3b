# super() in classes made by a metaclass; a metaclass that does not pass
# __classcell__ on to type.__new__
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, ns)


class A(metaclass=M):
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B<" + super().who()


print(B().who(), type(B).__name__)


class Dropper(type):
    def __new__(mcs, name, bases, ns):
        clean = {}
        for k in ns:
            if k != "__classcell__":
                clean[k] = ns[k]
        return super().__new__(mcs, name, bases, clean)


class C(metaclass=Dropper):
    def f(self):
        return __class__
