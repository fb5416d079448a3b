# id() is stable for an object and differs between live objects; `is` agrees with id equality.
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), (a is b) == (id(a) == id(b)), id(None) == id(None), type(id(a)).__name__)
objs = [object() for _ in range(100)]
print(len(set(map(id, objs))), all([id(o) == id(o) for o in objs]))
class C:
    pass
c = C()
print(id(c) == id(c), id(C) == id(C), id(c) != id(C), id(len) == id(len))
