# list.sort: stability, key, reverse, errors, and mutation during the sort.
data = [(3, "a"), (1, "b"), (3, "c"), (2, "d"), (1, "e")]
print(sorted(data, key=lambda p: p[0]), sorted(data, key=lambda p: p[0], reverse=True))
l = [5, 3, 9, 1]
l.sort(reverse=True)
print(l, l.sort(), l)
def mutate(x):
    l2.append(x)
    return x
l2 = [3, 1, 2]
try:
    l2.sort(key=mutate)
except ValueError as e:
    print("ValueError", e)
print(l2)
class Evil:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        victim.clear()
        return self.v < other.v
victim = [Evil(2), Evil(1), Evil(3)]
try:
    victim.sort()
except ValueError as e:
    print("ValueError", e)
print(len(victim))
for bad in [lambda: [1, "a"].sort(), lambda: [1, 2].sort(key=5), lambda: [1].sort(1),
            lambda: [3, 1].sort(reverse=None), lambda: [1, 2].sort(cmp=None), lambda: sorted([1, None])]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
print(sorted("hello"), sorted([]), sorted([1]), sorted([2, 1], key=None), sorted((3, 1, 2), reverse=1))
big = [(i * 7919) % 10007 for i in range(20000)]
s = sorted(big)
print(s[:5], s[-3:], s == sorted(s), sorted(big, reverse=True)[:3])
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([0.5, -1, 2, float("inf"), -0.0, 0]), sorted([[2], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
