# nested class bodies pass an enclosing function's variable through; a
# comprehension in a class body sees the function's x, not the class's
def f():
    x = 1
    class A:
        x = 5
        class B:
            y = x
            def m(self):
                return x
        z = [x for _ in range(1)]
    return A
A = f()
print(A.B.y, A.B().m(), A.z, A.x)
