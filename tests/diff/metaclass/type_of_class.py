# type(X) is the metaclass; isinstance / issubclass; the metaclass's MRO
class M(type):
    pass


class X(metaclass=M):
    pass


class Y(X):
    pass


print(type(X) is M, type(Y) is M, type(M) is type, type(type) is type)
print(isinstance(X, M), isinstance(X, type), isinstance(X(), X), isinstance(X(), M))
print(issubclass(M, type), M.__mro__, M.__bases__, M.__name__)
print(X.__class__ is M, repr(X), X.__mro__)
