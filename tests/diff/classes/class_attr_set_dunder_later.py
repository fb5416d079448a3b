class P:
    def __init__(self, v):
        self.v = v
def add(a, b):
    return P(a.v + b.v)
P.__add__ = add
print((P(1) + P(2)).v)
def rep(self):
    return "P<" + str(self.v) + ">"
P.__repr__ = rep
print(P(5))
class Q(P):
    pass
print(Q(3), (Q(1) + Q(1)).v)
del P.__repr__
print(type(repr(Q(1))).__name__)
