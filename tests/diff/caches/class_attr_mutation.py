# A class attribute read in a loop while the class (or a base) changes it.


class Base:
    scale = 1


class Sub(Base):
    pass


def read(o):
    return o.scale


b = Base()
s = Sub()
out = []
for i in range(10):
    out.append(read(b))
    out.append(read(s))
    if i == 3:
        Base.scale = 2
    if i == 5:
        Sub.scale = 30
    if i == 7:
        del Sub.scale
    if i == 8:
        Base.scale = "str"
print(out)
