# type.__new__ argument 1 must be str, uncaught
class M(type):
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, 1, bases, ns)


class A(metaclass=M):
    pass
