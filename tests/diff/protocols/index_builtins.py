# range(), enumerate(), round(), int(x, base), bin/oct/hex use __index__.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(list(range(I(3))), list(range(I(1), I(10), I(4))))
for i in range(I(2), I(5)):
    print("loop", i)
print(list(enumerate("ab", I(5))))
print(round(3.14159, I(2)), round(1234, I(-2)))
print(int("zz", I(36)), int("11", I(2)))
print(bin(I(5)), oct(I(64)), hex(I(255)), hex(I(-255)), bin(I(0)), hex(I(2**70)))
print(bin(-5), oct(-8), hex(0), bin(True), hex(2**64))
for f in (bin, oct, hex):
    try:
        f(1.5)
    except TypeError as e:
        print("TypeError", e)
try:
    range(I(True))
    print(list(range(I(True))))
    range(1.0)
except TypeError as e:
    print("TypeError", e)
try:
    range(I("3"))
except TypeError as e:
    print("TypeError", e)
try:
    for i in range(I(None)):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    enumerate([], "1")
except TypeError as e:
    print("TypeError", e)
try:
    round(2.5, "1")
except TypeError as e:
    print("TypeError", e)
try:
    hex()
except TypeError as e:
    print("TypeError", e)
