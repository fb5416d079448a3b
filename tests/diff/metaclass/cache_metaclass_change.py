# attribute sites on classes with a metaclass follow changes to the
# metaclass and to the class
class M(type):
    attr = "m1"

    def meth(cls):
        return "v1"


class A(metaclass=M):
    pass


seen = []
for step in range(6):
    seen.append(A.attr)
    seen.append(A.meth())
    if step == 1:
        M.attr = "m2"
    if step == 2:
        M.meth = lambda cls: "v2"
    if step == 3:
        A.attr = "own"
    if step == 4:
        del A.attr
print(seen)


def read(c):
    return c.attr


print([read(c) for c in (A, M, A)])
