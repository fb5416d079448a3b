# f-strings call __format__ with the spec text; subclasses, builtins.
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec[-1:] == 'F':
            return format(self.c * 9 / 5 + 32, spec[:-1]) + 'F'
        return format(self.c, spec) + 'C'
class Warm(Temp):
    pass
t = Temp(21.5)
print(f"{t} {t:.1f} {t:>8.2F} {Warm(30):5}")
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
pt = Point(1, 'a')
print(f"{pt} {pt!r} {pt=} {[pt]}")
