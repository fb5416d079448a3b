class A:
    x = 1
    y = x + 1
    def f(self):
        return self.x * 10
a = A()
print(A.x, A.y, a.x, a.y, a.f())
a.x = 5
print(A.x, a.x, a.f())
A.x = 7
b = A()
print(b.x, a.x, b.f())
A.z = "new"
print(a.z, b.z)
