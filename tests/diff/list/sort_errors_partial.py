# A failing comparison during sort leaves the list a permutation of the original (CPython's guarantee).
l = [3, 1, "x", 2, 0]
try:
    l.sort()
except TypeError as e:
    print("TypeError", e)
print(sorted(map(str, l)), len(l))
class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2:
            raise RuntimeError("boom")
        return self.v < o.v
    def __repr__(self):
        return "B%d" % self.v
m = [Boom(i) for i in [5, 3, 2, 4, 1]]
try:
    m.sort()
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted([b.v for b in m]))
def keyfail(x):
    if x == 4:
        raise ValueError("key")
    return x
k = [5, 4, 3]
try:
    k.sort(key=keyfail)
except ValueError as e:
    print("ValueError", e)
print(k)
