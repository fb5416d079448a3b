# Operator dunders on user classes at hot sites: replaced mid-loop,
# NotImplemented falling back to the reflected operand, subclasses whose
# reflected method goes first, and the TypeError when nothing handles it.


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Num):
            return Num(self.v + o.v)
        if isinstance(o, int):
            return Num(self.v + o)
        return NotImplemented

    def __radd__(self, o):
        return Num(o * 1000 + self.v)

    def __mul__(self, o):
        return Num(self.v * o.v)


class Sub(Num):
    def __radd__(self, o):
        return Num(-1)


def add(a, b):
    return a + b


for i in range(3):
    print(add(Num(1), Num(2)).v, add(Num(1), 5).v, add(5, Num(1)).v, add(Num(1), Sub(2)).v)
Num.__add__ = lambda self, o: Num(99)
print(add(Num(1), Num(2)).v, add(Sub(1), Sub(2)).v)
del Num.__add__
try:
    add(Num(1), Num(2))
except TypeError as e:
    print("TypeError:", e)
print(add(3, Num(2)).v)
Num.__add__ = lambda self, o: NotImplemented
try:
    add(Num(1), Num(2))
except TypeError as e:
    print("TypeError:", e)
print((Num(3) * Num(4)).v)
try:
    Num(3) - Num(4)
except TypeError as e:
    print("TypeError:", e)
