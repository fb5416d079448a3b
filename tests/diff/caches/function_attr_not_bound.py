# A function stored on an instance is not bound; one stored on the class
# is; staticmethod and classmethod found through instances; all at one
# call site.


def free(*args):
    return len(args)


class A:
    def __init__(self):
        self.f = free


class B:
    f = free


class C:
    f = staticmethod(free)


class D:
    f = classmethod(free)


def call(o):
    return o.f(1)


for o in (A(), B(), C(), D(), A(), B()):
    print(type(o).__name__, call(o))
