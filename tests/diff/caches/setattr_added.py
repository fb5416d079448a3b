# __setattr__ added to a class (and to a base) after store sites cached
# slots and shape transitions; removed again.


class Base:
    pass


class Point(Base):
    def __init__(self, x):
        self.x = x


def move(p, x):
    p.x = x
    p.extra = x * 2


log = []
pts = [Point(i) for i in range(3)]
for p in pts:
    move(p, 10)
Base.__setattr__ = lambda self, k, v: log.append((k, v))
for p in pts:
    move(p, 20)
print([p.x for p in pts], [p.extra for p in pts], log)
del Base.__setattr__
for p in pts:
    move(p, 30)
print([p.x for p in pts], [p.extra for p in pts])
