# Comparison and unary dunders at hot sites, changed mid-loop.


class Ver:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return self.n < o.n

    def __neg__(self):
        return Ver(-self.n)

    def __bool__(self):
        return self.n != 0


def lt(a, b):
    return a < b


out = []
for i in range(4):
    out.append(lt(Ver(i), Ver(2)))
    out.append((-Ver(i)).n)
    out.append(bool(Ver(i)))
    if not Ver(i):
        out.append("zero")
    if i == 1:
        Ver.__lt__ = lambda a, b: "patched"
    if i == 2:
        Ver.__bool__ = lambda self: False
print(out)
