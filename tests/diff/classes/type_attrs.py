class A:
    pass
class B(A):
    "doc of B"
print(type(A()) is A, type(A) is type, B.__doc__, A.__doc__)
print(B.__name__, B.__qualname__, B.__module__, B.__base__, A.__base__)
print(B.mro())
print(type(B()).__name__, B().__class__ is B, B.__class__)
