# In-place set operators and update methods, identity kept, frozenset rebinding.
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {2}
s ^= {4, 7}
print(s, t is s)
s.update([10], (11,), "a")
s.intersection_update(range(20), [1, 7, 10, 11, 12])
s.difference_update([1], {7})
s.symmetric_difference_update({10, 99})
print(s, t is s)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
for bad in [lambda: s.__ior__([1]), lambda: s.update(5), lambda: s.difference_update(None)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
try:
    s |= [1]
except TypeError as e:
    print("TypeError", e)
s.update()
s.intersection_update()
print(s)
u = {1, 2}
u &= u
u ^= set()
u -= set()
print(u)
v = {1, 2}
v ^= v
print(v)
w = {1, 2}
w -= w
print(w)
