# a class body reading its enclosing function's variables; a name the
# class body binds is the class's (LOAD_NAME), even before the binding
def outer():
    x = "outer x"
    y = "outer y"

    class A:
        try:
            a = x
        except NameError as e:
            a = "NameError: " + str(e)
        x = "class x"
        b = x
        c = y

        def m(self):
            return x

    return A


A = outer()
print(A.a, A.b, A.c, A().m(), A.x)


def counter():
    n = 0

    class C:
        seen = n

        def inc(self):
            nonlocal n
            n += 1
            return n

    return C


C = counter()
c = C()
print(C.seen, c.inc(), c.inc())
