# __new__ overrides customise the value through int.__new__
class Even(int):
    def __new__(cls, value):
        v = int(value)
        if v % 2:
            v += 1
        return super().__new__(cls, v)


class Hex(int):
    def __new__(cls, text):
        return int.__new__(cls, text, 16)

    def __repr__(self):
        return "Hex(" + str(int(self)) + ")"


print(Even(3), Even(4), Even("7"), type(Even(3)).__name__)
h = Hex("ff")
print(h, repr(h), h + 1, [h])


class Tagged(int):
    def __new__(cls, value, tag):
        self = super().__new__(cls, value)
        self.tag = tag
        return self


t = Tagged(10, "ten")
print(t, t.tag, t * 2)


class WithInit(int):
    def __init__(self, value):
        self.double = value * 2


w = WithInit(21)
print(w, w.double)
