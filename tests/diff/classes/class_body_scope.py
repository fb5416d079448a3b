x = "global"
class A:
    y = x
    x = "class"
    z = x
    def f(self):
        return x
print(A.y, A.z, A.x, A().f())
class B:
    print("in body", __name__)
    w = abs(-3)
print(B.w)
