# Attribute and subscript targets: assigned, annotation evaluated, not stored.
class Box:
    pass


b = Box()
b.size: int = 4
d = {}
d["k"]: str = "v"
print(b.size, d)
print(__annotations__)
