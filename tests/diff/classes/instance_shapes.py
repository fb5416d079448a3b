class P:
    pass
a = P()
a.x = 1
a.y = 2
b = P()
b.y = 3
b.x = 4
c = P()
c.x = 5
c.y = 6
def total(o):
    return o.x * 100 + o.y
print(total(a), total(b), total(c))
del a.x
a.x = 9
print(total(a))
for i in range(20):
    setattr(c, "f" + str(i), i)
print(c.f19, c.f0, total(c))
