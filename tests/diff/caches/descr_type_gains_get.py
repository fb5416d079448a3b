# A class attribute whose own class is a user class gains __get__ (and then
# __set__) later: the owner's version does not move, so no site may have
# cached the attribute as a plain value or an instance slot.


class Marker:
    pass


class Holder:
    m = Marker()


def read(o):
    return o.m


def write(o, v):
    o.m = v


h = Holder()
print(type(read(h)).__name__)
print(type(read(h)).__name__)
Marker.__get__ = lambda self, obj, typ: "got"
print(read(h), read(h))
h2 = Holder()
write(h2, 5)
print(read(h2), read(h2))
Marker.__set__ = lambda self, obj, v: print("set called", v)
write(h2, 6)
write(h2, 7)
print(read(h2))
del Marker.__get__
del Marker.__set__
print(read(h2), type(read(h)).__name__)
