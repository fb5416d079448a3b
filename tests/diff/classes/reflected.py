class A:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "A.radd"
class B:
    def __add__(self, o):
        return "B.add"
    def __radd__(self, o):
        return "B.radd"
class C(B):
    def __radd__(self, o):
        return "C.radd"
print(A() + B())
print(B() + A())
print(B() + C())
print(1 + B(), 2.5 + A())
print(A() + A())
