# classes as instances: attributes of classes made by a metaclass, and
# the metaclass's own class attributes are not inherited by instances
class M(type):
    count = 0

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        M.count += 1
        cls.serial = M.count


class A(metaclass=M):
    pass


class B(A):
    pass


print(A.serial, B.serial, M.count, A.count, B().serial)
try:
    A().count
except AttributeError as e:
    print(e)
print(A.__name__, B.__mro__, B.__base__ is A)
