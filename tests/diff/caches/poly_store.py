# Store sites that add attributes (shape transitions) and overwrite them,
# for several classes and shapes at one site, growing past the first slot
# array.


class P:
    pass


class Q:
    def __init__(self):
        self.z = 0


class R(P):
    pass


def fill(o, n):
    o.a = n
    o.b = n + 1
    o.c = n + 2
    o.d = n + 3
    o.e = n + 4
    o.f = n + 5
    return o


def show(o):
    return (o.a, o.b, o.c, o.d, o.e, o.f)


objs = []
for i in range(12):
    k = i % 3
    o = P() if k == 0 else Q() if k == 1 else R()
    if i % 4 == 0:
        o.first = "x"  # a different shape before the common stores
    objs.append(fill(o, i))
for o in objs:
    print(type(o).__name__, show(o))
for o in objs:
    fill(o, 100)  # overwrite: no transition now
print([show(o) for o in objs[:4]])
q = Q()
print(q.z)
