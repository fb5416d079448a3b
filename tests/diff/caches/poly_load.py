# One load site meets 1, 2, 4, then 8 classes (monomorphic, polymorphic,
# megamorphic), then goes back to the first class: every read must be right.


class A:
    def __init__(self, v):
        self.v = v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v * 10


class C(A):
    pass


class D(B):
    pass


class E:
    v = 7  # a class attribute, no instance attribute


class F(E):
    def __init__(self):
        self.other = 1


class G:
    def __init__(self, v):
        self.a = 1
        self.b = 2
        self.v = v


class H(G):
    v = "shadowed by the instance"


def get(o):
    return o.v


objs = [A(1), B(2), C(3), D(4), E(), F(), G(5), H(6)]
for n in (1, 2, 4, 8, 3, 1):
    total = []
    for rep in range(3):
        for o in objs[:n]:
            total.append(get(o))
    print(n, total)
