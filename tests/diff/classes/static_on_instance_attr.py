class A:
    def __init__(self):
        self.f = 5
    def f(self):
        return "method"
a = A()
print(a.f)
del a.f
print(a.f())
