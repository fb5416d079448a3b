# Changes on a base class reach sites that cached lookups on subclasses
# (versions propagate down the hierarchy), including deep hierarchies and
# multiple inheritance.


class A:
    def who(self):
        return "A"

    tag = "a"


class B(A):
    pass


class C(A):
    def who(self):
        return "C"


class D(B, C):
    pass


def probe(o):
    return o.who() + o.tag


objs = [A(), B(), C(), D()]
print([probe(o) for o in objs])
A.who = lambda self: "A2"
print([probe(o) for o in objs])
C.tag = "c"
print([probe(o) for o in objs])
B.who = lambda self: "B"
print([probe(o) for o in objs])
del C.who
print([probe(o) for o in objs])
