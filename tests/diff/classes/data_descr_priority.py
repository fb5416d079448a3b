class D:
    def __get__(self, obj, t):
        return "descr"
    def __set__(self, obj, v):
        print("set via descr", v)
class A:
    x = D()
a = A()
a.x = 1
print(a.x)
