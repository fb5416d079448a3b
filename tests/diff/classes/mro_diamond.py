class A:
    def f(self):
        return "A"
class B(A):
    def f(self):
        return "B" + super().f()
class C(A):
    def f(self):
        return "C" + super().f()
class D(B, C):
    def f(self):
        return "D" + super().f()
print(D().f())
print(D.__mro__)
print(D.__bases__, B.__bases__, A.__bases__)
print(isinstance(D(), C), issubclass(D, C))
