# After __class__ assignment, dunders, properties and super() follow the
# new class; isinstance/type see it; the old class's caches do not leak.
class Celsius:
    def __init__(self, t):
        self.t = t

    def __repr__(self):
        return "Celsius(%s)" % self.t if False else "Celsius(" + str(self.t) + ")"

    def __add__(self, other):
        return "C+"

    @property
    def kind(self):
        return "celsius"


class Fahrenheit:
    def __repr__(self):
        return "Fahrenheit(" + str(self.t) + ")"

    def __add__(self, other):
        return "F+"

    @property
    def kind(self):
        return "fahrenheit"

    def __len__(self):
        return 3


temps = [Celsius(i) for i in range(3)]
for t in temps:
    print(repr(t), t + 1, t.kind)
temps[0].__class__ = Fahrenheit
for t in temps:
    print(repr(t), t + 1, t.kind, isinstance(t, Fahrenheit), type(t) is Celsius)
print(len(temps[0]), bool(temps[0]))
try:
    len(temps[1])
except TypeError as e:
    print("TypeError", e)


class Base:
    def who(self):
        return "Base"


class Left(Base):
    def who(self):
        return "Left/" + super().who()


class Right(Base):
    def who(self):
        return "Right/" + super().who()


x = Left()
print(x.who())
x.__class__ = Right
print(x.who())
