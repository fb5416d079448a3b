# round() calls __round__ (no argument when ndigits is None); abs() calls __abs__.
class R:
    def __round__(self, ndigits=None):
        return ("round", ndigits)

    def __abs__(self):
        return "abs!"


print(round(R()), round(R(), 2), round(R(), None), round(R(), ndigits=-1), abs(R()))


class Money:
    def __init__(self, v):
        self.v = v

    def __round__(self, n=0):
        return Money(round(self.v, n))

    def __repr__(self):
        return "Money(%r)" % (self.v,) if False else "Money(" + repr(self.v) + ")"


print(round(Money(2.675), 2), round(Money(3.5)))


class NoRound:
    pass


class Strict:
    def __round__(self):
        return 1


for args in ((NoRound(),), (NoRound(), 2), (Strict(), 3), ([1],)):
    try:
        print(round(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    abs(NoRound())
except TypeError as e:
    print("TypeError", e)


class Deep(R):
    pass


print(round(Deep(), 5), abs(Deep()))
