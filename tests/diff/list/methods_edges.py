# list methods with negative indices, out of range, huge counts and identity.
l = [0, 1, 2, 3, 4]
l.insert(-1, "a")
l.insert(100, "end")
l.insert(-100, "start")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1, 2].index(3),
            lambda: [1].remove(2), lambda: [1].index(1, 1), lambda: [1].pop("a"), lambda: [1].insert(0)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
m = [1, 2, 1, 2, 1]
print(m.index(1), m.index(1, 1), m.index(1, -2), m.index(2, 0, 2), m.count(1), m.count(9))
m.remove(2)
print(m, m.copy() == m, m.copy() is m)
m.extend(range(3))
m.extend("ab")
m.extend(m)
print(m)
m.reverse()
print(m, m.clear(), m)
r = [1, 2]
r.append(r)
print(r, len(r), r[2] is r)
print([1, 2] * 0, [1] * -1, [[]] * 3, [1, 2] + [3], [] + [])
x = [1, 2, 3]
x *= 2
print(x)
x += "ab"
print(x)
try:
    x + "ab"
except TypeError as e:
    print("TypeError", e)
try:
    [1] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
print([1, 2, 3] < [1, 3], [1] < [1, 0], [] == [], [1, [2]] == [1, [2]], [1, 2] != [2, 1])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError", e)
