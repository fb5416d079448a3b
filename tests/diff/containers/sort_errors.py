# A comparison that fails in the middle of a merge leaves the list a
# permutation of its items; mutation during the sort is detected.


class Bomb:
    def __init__(self, v, limit):
        self.v = v
        self.limit = limit

    def __lt__(self, other):
        Bomb.calls += 1
        if Bomb.calls == self.limit:
            raise RuntimeError("boom at " + str(Bomb.calls))
        return self.v < other.v

    def __repr__(self):
        return "B" + str(self.v)


for limit in [1, 5, 50, 500, 3000]:
    Bomb.calls = 0
    vals = [(i * 7919) % 1009 for i in range(400)]
    items = [Bomb(v, limit) for v in vals]
    try:
        items.sort()
        print("sorted", limit)
    except RuntimeError as e:
        print(e)
    print(sorted([b.v for b in items]) == sorted(vals), len(items))

a = [3, 1, 2]
try:
    a.sort(key=lambda v: (a.append(v), v)[1])
except ValueError as e:
    print("ValueError", e)
print(a)

b = [5, 4, 3, 2, 1]


def bad_key(v):
    if v == 2:
        raise KeyError(v)
    return v


try:
    b.sort(key=bad_key)
except KeyError as e:
    print("KeyError", e)
print(b)

c = list(range(100, 0, -1))


def clear_it(x, y=c):
    if x == 50:
        y.clear()
    return x


try:
    c.sort(key=clear_it)
except ValueError as e:
    print("ValueError", e)
print(len(c), c[:3])

try:
    [1, None, 3].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(1)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([3, 1], cmp=None)
except TypeError as e:
    print("TypeError", e)
print(sorted([]), sorted([1]), sorted((2, 1)), sorted("cba", reverse=True))
d = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(d, key=lambda p: p[0]), sorted(d, key=lambda p: p[0], reverse=True))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0, -0.0, 0.0]), len(sorted([nan, 1.0, nan, 0.5])))
[].sort(key=1)
