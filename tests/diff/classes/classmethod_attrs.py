class A:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return "s"
print(A.c(), A().c(), A.s(), A().s())
print(type(A.c).__name__)
