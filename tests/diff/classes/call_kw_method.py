class A:
    def f(self, a, b=2, c=3):
        return a * 100 + b * 10 + c
a = A()
print(a.f(1), a.f(1, c=9), a.f(a=4, b=5, c=6), a.f(7, 8, c=0))
a.f(1, d=2)
