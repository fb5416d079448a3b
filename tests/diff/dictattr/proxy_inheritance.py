# Each class's __dict__ holds only its own attributes.
class A:
    a = 1

    def m(self):
        pass


class B(A):
    b = 2


class C(B):
    def m(self):
        pass


for cls in (A, B, C):
    print(cls.__name__, [k for k in cls.__dict__ if k[:2] != "__"], "a" in cls.__dict__)
print(C.__dict__["m"] is not A.__dict__["m"], "__module__" in C.__dict__, C.__dict__["__module__"])
print(A.__dict__["__doc__"], B.__dict__.get("__dict__"), C.__dict__.get("__weakref__"))
