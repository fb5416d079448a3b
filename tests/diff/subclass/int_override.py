# dunder overrides in an int subclass take precedence over int's
class Money(int):
    def __repr__(self):
        return "Money(" + int.__repr__(self) + ")"

    def __str__(self):
        return "$" + int.__repr__(self)

    def __add__(self, other):
        return Money(int(self) + int(other))

    __radd__ = __add__

    def __eq__(self, other):
        return int(self) == int(other)

    def __hash__(self):
        return 42


m = Money(5)
print(m, repr(m), str(m), [m])
print(m + 3, 3 + m, type(m + 3).__name__, type(3 + m).__name__)
print(m - 1, type(m - 1).__name__)
print(m == 5, m == Money(5), hash(m), hash(Money(7)))


class NoHash(int):
    def __eq__(self, other):
        return True


print(NoHash(1) == 2)
try:
    hash(NoHash(1))
except TypeError as e:
    print("TypeError:", e)


class Cmp(int):
    def __lt__(self, other):
        return "lt called"


print(Cmp(1) < 2, Cmp(1) > 0, 2 > Cmp(1))


class Neg(int):
    def __neg__(self):
        return "neg"

    def __bool__(self):
        return False


print(-Neg(3), bool(Neg(3)), +Neg(3), abs(Neg(-3)))
