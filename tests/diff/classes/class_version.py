class A:
    def f(self):
        return 1
def call(o):
    return o.f()
a = A()
print(call(a), call(a))
def g(self):
    return 2
A.f = g
print(call(a))
class B(A):
    pass
b = B()
print(call(b))
A.f = lambda_free = None
def h(self):
    return 3
B.f = h
print(call(b), B.f is h)
A.f = g
print(call(a), call(b))
