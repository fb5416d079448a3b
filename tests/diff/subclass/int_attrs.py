# attributes, methods, properties and class attributes on int subclasses
class Port(int):
    kind = "tcp"

    @property
    def privileged(self):
        return self < 1024

    def describe(self):
        return self.kind + ":" + str(int(self))

    @classmethod
    def default(cls):
        return cls(80)

    @staticmethod
    def valid(n):
        return 0 < n < 65536


p = Port(443)
print(p.privileged, Port(8080).privileged, p.describe(), Port.default(), Port.valid(p))
p.name = "https"
p.kind = "udp"
print(p.name, p.describe(), Port.kind)
del p.name
print(hasattr(p, "name"), getattr(p, "missing", "dflt"))
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)


class Slotted(int):
    __slots__ = ("x",)


s = Slotted(3)
s.x = 1
print(s, s.x)
try:
    s.y = 2
except AttributeError as e:
    print("AttributeError:", e)
