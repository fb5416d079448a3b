class A:
    pass
def hello(x):
    return "hello " + x
a = A()
a.f = hello
print(a.f("inst"))
A.g = staticmethod(hello)
print(a.g("static"))
