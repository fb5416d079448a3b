# Arguments CPython passes through __index__: int.__round__'s ndigits
# and round(int, ndigits) accept objects with __index__; float ndigits do
# too; others are TypeErrors.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print((1234).__round__(I(-2)), round(1234, I(-1)), round(2.675, I(2)), (2.5).__round__(I(0)))
print((15).__round__(True), round(15, False))
for bad in [1.5, "2", None]:
    try:
        (5).__round__(bad)
    except TypeError as e:
        print("TypeError", e)
