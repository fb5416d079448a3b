# In-place dunders: __iadd__ and friends mutate and return self; a missing
# or NotImplemented one falls back to the binary operator.
class Acc:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, other):
        self.v += other
        return self

    def __add__(self, other):
        print("__add__ called")
        return Acc(self.v + other)

    def __imul__(self, other):
        return NotImplemented

    def __mul__(self, other):
        return Acc(self.v * other)

    def __ior__(self, other):
        self.v = self.v | other
        return "not self"


a = Acc(1)
b = a
a += 5
print(a is b, a.v, b.v)
a *= 3
print(a is b, a.v, b.v)
a = b
a |= 8
print(a, b.v)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(2)
y = x
x += 1
print(x is y, x.v, y.v)
lst = [Acc(0)]
lst[0] += 4
print(lst[0].v)


class Holder:
    pass


h = Holder()
h.acc = Acc(10)
h.acc += 1
print(h.acc.v)
Acc.__isub__ = lambda self, o: "isub " + str(o)
z = Acc(0)
z -= 3
print(z)
