# dunder methods of a metaclass apply to its classes
class M(type):
    def __repr__(cls):
        return "<M class " + cls.__name__ + ">"

    def __len__(cls):
        return 3

    def __iter__(cls):
        return iter([1, 2, 3])

    def __getitem__(cls, k):
        return (cls.__name__, k)

    def __add__(cls, other):
        return cls.__name__ + "+" + other.__name__

    def __eq__(cls, other):
        return cls is other

    __hash__ = type.__hash__


class A(metaclass=M):
    pass


class B(metaclass=M):
    pass


print(repr(A), str(A), len(A), list(A), A["k"], A + B, A == B, A == A)
print([A], {A: 1}[A])
