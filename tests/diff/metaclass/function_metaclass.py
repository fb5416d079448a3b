# any callable can be the metaclass; it gets (name, bases, ns, **kw)
def meta(name, bases, ns, **kw):
    print("meta called", name, len(bases), sorted([k for k in ns if k[:2] != "__"]), kw)
    ns["added"] = "by meta"
    return type(name, bases, ns)


class A(metaclass=meta, opt=1):
    x = 1


print(A.added, A.x, type(A) is type)


def not_a_class(name, bases, ns):
    return name + " was a class"


class B(metaclass=not_a_class):
    pass


print(B)


class C(A, metaclass=lambda n, b, ns: len(ns)):
    y = 2


print(C)
