# set() and update from all kinds of iterables; set methods with self as argument.
s = set("hello")
s.update({"x": 1}, range(2), (9,), iter([7]), b"ab")
print(sorted(s, key=str))
t = {1, 2, 3}
print(t | t, t & t, t - t, t ^ t, t.union(t), t.issubset(t), t.issuperset(t), t.isdisjoint(t))
t.update(t)
t.difference_update(t)
print(t)
u = {1, 2}
u.symmetric_difference_update(u)
print(u)
w = {1, 2}
w.intersection_update(w)
print(w, set(), set([]), set(()), set(""), set({}), set({1: 2}))
try:
    set(1)
except TypeError as e:
    print("TypeError", e)
try:
    set([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    set(a=1)
except TypeError as e:
    print("TypeError", e)
