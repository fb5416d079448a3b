# A count with __index__ repeats a sequence; an operand's own * comes first.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print([1, 2] * I(3), I(2) * [0], "ab" * I(3), I(2) * "xy", (1,) * I(4), I(0) * (1, 2), [1] * I(-1))
l = [1, 2]
ident = id(l)
l *= I(2)
print(l, id(l) == ident)
t = (1,)
t *= I(3)
print(t)
s = "q"
s *= I(3)
print(s)


class M(I):
    def __rmul__(self, other):
        return "rmul", other

    def __mul__(self, other):
        return "mul", other


print([1] * M(2), M(2) * [1], "a" * M(3))


class Plain:
    pass


for a, b in (([1], Plain()), (Plain(), "ab"), ((1,), 1.5), ([1], [2])):
    try:
        a * b
    except TypeError as e:
        print("TypeError", e)
try:
    [1] * I("no")
except TypeError as e:
    print("TypeError", e)
