# __setattr__ on a metaclass intercepts assignments to class attributes
class Frozen(type):
    def __setattr__(cls, name, value):
        if name[:1] == "_":
            super().__setattr__(name, value)
        else:
            raise AttributeError("frozen class " + cls.__name__)


class A(metaclass=Frozen):
    x = 1


A._private = 2
print(A._private)
try:
    A.x = 5
except AttributeError as e:
    print(e)
print(A.x)
a = A()
a.x = 10
print(a.x, A.x)
