# A property (data descriptor) put on the class after a load site cached
# the instance attribute of the same name: the property wins from then on.


class Box:
    def __init__(self):
        self.size = 1


def size(o):
    return o.size


def set_size(o, v):
    o.size = v


b = Box()
out = []
for i in range(6):
    out.append(size(b))
    set_size(b, i)
    if i == 2:
        Box.size = property(lambda self: -1, lambda self, v: out.append(("set", v)))
print(out)
del Box.size
print(size(b))
