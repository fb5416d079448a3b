# __index__ objects and int subclasses as count/width/start/end arguments of str, bytes, bytearray and list methods
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class I(int): pass
s = "hello world"
print(s.center(N(15), "*"), s.find("o", N(5)), s.count("l", N(0), N(4)), s.zfill(I(13)), s.split(" ", N(0)))
print(s.startswith("wor", N(6)), s[N(1):N(4)], s.expandtabs(N(2)), s.rjust(I(12)), s.index("l", I(3)))
b = b"hello"
print(b.center(N(9), b"-"), b.find(b"l", N(3)), b.split(b"l", N(1)), b.zfill(I(7)))
ba = bytearray(b"abc"); ba.insert(N(1), 120); print(ba.pop(N(0)), ba)
l = [1, 2, 3]; l.insert(N(1), 9); print(l.pop(I(0)), l, l.index(3, N(0)))
for bad in [1.5, "x", None]:
    for f in (lambda: s.center(bad), lambda: b.zfill(bad), lambda: l.pop(bad), lambda: s.find("o", bad)):
        try:
            print(f())
        except TypeError as e:
            print(e)
try:
    s.center(10**20)
except OverflowError as e:
    print(e)
print(s.find("o", -10**20, 10**20), b.find(b"o", -10**30))
