# __format__ on instances and (through a metaclass) on classes; dict subclass in str.format and %
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec): return "$" + format(self.v, spec)
class Meta(type):
    def __format__(cls, spec): return "<class " + cls.__name__ + spec + ">"
    def __repr__(cls): return "Meta:" + cls.__name__
class K(metaclass=Meta):
    for i in range(3):
        pass
    label = f"{'K':>4}"
print(f"{Money(3.5):.2f}", format(K, "!"), repr(K), K.label, "%r" % K)
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["zz"], f"{d}", "{0[a]} {0[bb]}".format(d), "%(a)s %(q)s" % d)
