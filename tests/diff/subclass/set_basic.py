# class St(set): construction, algebra, methods, __init__ override
class St(set):
    pass


s = St([3, 1, 2, 3])
print(sorted(s), repr(St()), type(s).__name__, len(s), 2 in s, 9 in s, St("aab") == {"a", "b"})
s.add(4)
s.discard(1)
s.update([5, 6])
print(sorted(s), sorted(s | {7}), sorted(s & {2, 3}), sorted(s - {2}), sorted(s ^ {2, 8}))
print(type(s | {7}).__name__, {2, 3} <= s, s >= {2}, s == set(s), bool(St()))
s |= {10}
s -= {2}
print(sorted(s), type(s).__name__, sorted(s.union([0])), s.issuperset({3}))
s.tag = 1
print(s.tag)


class Tracked(set):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def add(self, x):
        print("adding", x)
        super().add(x)


t = Tracked([1, 2], "t")
t.add(3)
print(sorted(t), t.name)
try:
    hash(St())
except TypeError as e:
    print("TypeError:", e)
