# Many instances, some in dict mode, sharing attribute sites in a loop.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


pts = [Point(i, i * 2) for i in range(20)]
for i, p in enumerate(pts):
    if i % 3 == 0:
        p.__dict__["y"] = -p.y
total = 0
for _ in range(5):
    for p in pts:
        total += p.total()
        p.x += 1
print(total, sum([p.x for p in pts]))
print([p.__dict__ for p in pts[:4]])
for p in pts[::2]:
    del p.__dict__
    p.x = 0
print([vars(p) for p in pts[:4]])
