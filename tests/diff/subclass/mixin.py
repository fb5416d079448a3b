# builtin bases combined with mixins and deeper hierarchies
class Reprable:
    def __repr__(self):
        return type(self).__name__ + "<" + self.body() + ">"


class Sized:
    def size(self):
        return len(self)


class RL(Reprable, Sized, list):
    def body(self):
        out = ""
        for x in self:
            out += ("," if out else "") + str(x)
        return out


class RI(Reprable, int):
    def body(self):
        return str(int(self))


r = RL([1, 2])
print(repr(r), r.size(), r + [3], r[0], len(r), RL.__mro__)
i = RI(5)
print(repr(i), i + 1, i * i, RI.__mro__, str(i))


class A(int):
    def double(self):
        return A(self * 2)


class B(A):
    def __repr__(self):
        return "B(" + int.__repr__(self) + ")"


b = B(4)
print(b, repr(b), b.double(), type(b.double()).__name__, b + 1, isinstance(b, A), B.__bases__, B.__base__)


class DL(dict):
    pass


class DLL(DL):
    def __missing__(self, k):
        return "default"


print(DLL(a=1)["a"], DLL()["x"], DL.__mro__)
