# match statements on instances of builtin subclasses
class A(int):
    pass


class S(str):
    pass


class L(list):
    pass


class D(dict):
    pass


def kind(x):
    match x:
        case bool():
            return "bool"
        case A(5):
            return "A five"
        case int(n):
            return "int " + str(n) + " " + type(n).__name__
        case S("hi"):
            return "S hi"
        case str(t):
            return "str " + t
        case [a, b]:
            return "pair " + str(a) + str(b)
        case {"k": v}:
            return "mapping " + str(v)
        case _:
            return "other"


for v in (A(5), A(7), 3, S("hi"), S("yo"), L([1, 2]), L([1]), D(k=9), D(), True):
    print(kind(v))
