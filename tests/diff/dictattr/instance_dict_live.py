# obj.__dict__ is live: writes through it are attributes and vice versa.
class P:
    cls_attr = "class"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return self.x * self.x + self.y * self.y


p = P(3, 4)
d = p.__dict__
print(d, d is p.__dict__, type(d).__name__)
d["z"] = 5
print(p.z, p.norm())
p.x = 10
print(d["x"], d)
del d["y"]
try:
    p.y
except AttributeError as e:
    print("AttributeError", e)
p.y = 1
print(p.norm(), list(d))
del p.x
print(d, hasattr(p, "x"), getattr(p, "x", "gone"))
d["cls_attr"] = "instance"
print(p.cls_attr, P.cls_attr)
del p.cls_attr
print(p.cls_attr)
d["norm"] = lambda: "shadowed"
print(p.norm())
d.clear()
print(p.norm(P(1, 2)) if False else P.norm(P(1, 2)), vars(p))
d.update(x=2, y=3)
print(p.norm(), sorted(d.items()))
q = P(1, 1)
print(q.__dict__, P(0, 0).__dict__ == {"x": 0, "y": 0})
