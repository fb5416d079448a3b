class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(3, 4)
print(p.x, p.y)
p.x = 10
print(p.x + p.y)
q = Point("a", "b")
print(q.x + q.y, p.x)
