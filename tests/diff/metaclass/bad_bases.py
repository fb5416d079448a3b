# bases that cannot be bases
def t(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError:", e)


def dup():
    class A:
        pass

    class B(A, A):
        pass


def not_base():
    class B(type(True)):
        pass


def mro():
    class X:
        pass

    class Y(X):
        pass

    class Z(X, Y):
        pass


t(dup)
t(not_base)
t(mro)
t(lambda: type("T", (object, object), {}))
t(lambda: type("T", (True,), {}))
