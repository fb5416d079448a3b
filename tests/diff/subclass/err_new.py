# misuse of __new__ and the slot wrappers raises CPython's TypeErrors
class A(int):
    pass


class L(list):
    pass


def attempt(f, *args):
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


attempt(object.__new__, A)
attempt(int.__new__, 5)
attempt(int.__new__, str)
attempt(str.__new__, A)
attempt(int.__new__, bool)
attempt(A, "x")
attempt(A, "12", 1)
attempt(A, 1, 2, 3)
attempt(L, 1)
attempt(L, [1], [2])
attempt(int.__add__, "x", 1)
attempt(list.__len__, (1,))
attempt(lambda: A(4) + "s")
attempt(lambda: "s" + A(4))
attempt(lambda: L() + 1)
attempt(lambda: A(1) < "x")
attempt(float, L())
attempt(lambda: {}[L()])
