# dir() of builtin values: public names match CPython's, sorted; dir of a class includes inherited names.
for v in [[], (), {}, set(), frozenset(), "", b"", bytearray(), 0, 0.0, 0j, True, range(0), slice(0), None]:
    names = [n for n in dir(v) if not n.startswith("_")]
    print(type(v).__name__, names == sorted(names), names)
class Base:
    def base_m(self):
        pass
class Child(Base):
    child_attr = 1
print([n for n in dir(Child) if not n.startswith("_")], [n for n in dir(Child()) if not n.startswith("_")])
