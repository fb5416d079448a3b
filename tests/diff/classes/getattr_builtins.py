class P:
    a = 1
p = P()
setattr(p, "b", 2)
print(getattr(p, "a"), getattr(p, "b"), getattr(p, "c", "dflt"), hasattr(p, "b"), hasattr(p, "zz"))
delattr(p, "b")
print(hasattr(p, "b"))
setattr(P, "c", 3)
print(p.c, getattr(P, "c"))
