# abs() with __abs__ on instances, inherited and replaced at run time.
class V:
    def __init__(self, x):
        self.x = x

    def __abs__(self):
        return V(self.x if self.x >= 0 else -self.x)

    def __repr__(self):
        return "V(" + repr(self.x) + ")"


class W(V):
    pass


print(abs(V(-3)), abs(W(-2.5)), abs(V(4)))
V.__abs__ = lambda self: "replaced"
print(abs(W(1)))
del V.__abs__
try:
    abs(W(1))
except TypeError as e:
    print("TypeError", e)
