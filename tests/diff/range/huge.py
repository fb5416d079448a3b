# range: huge bounds, negative steps, slicing, membership in O(1), len overflow.
r = range(10**20)
print(r[5], r[-1], r[10**19], len(range(10**6)), 10**19 in r, -1 in r, 10**20 in r)
try:
    len(r)
except OverflowError as e:
    print("OverflowError", e)
print(r[::2][3], r[10:20:3], r[::-1][0], r[-5:], range(10**20, 0, -7)[:3])
print(range(0, 10, 3)[1:], range(10, 0, -2)[::-1], range(5)[::-1], range(0)[::-1], range(1, 10, 2)[-2:])
for bad in [lambda: r[10**20], lambda: range(0)[0], lambda: range(1, 2, 0), lambda: range(1.5),
            lambda: range("a"), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)[::0],
            lambda: range(3)["a"], lambda: range(3).index(5), lambda: range(x=1)]:
    try:
        print(bad())
    except (IndexError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(list(range(5, -5, -3)), list(range(-3)), list(range(2, 2)), range(3) == range(0, 3, 1),
      range(0) == range(5, 5), range(1, 2, 5) == range(1, 3, 7), hash(range(0)) == hash(range(3, 3)))
print(range(10).count(3), range(10).count("a"), range(0, 20, 5).index(15), 3.0 in range(5), True in range(2))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 2)), str(range(-1, -5, -1)), bool(range(0)), bool(range(1)))
print(sum(range(10**6)), max(range(7)), min(range(3, 9)), list(reversed(range(1, 10, 3))))
s = 0
for i in range(10**9, 10**9 + 5):
    s += i
print(s, range(2**64, 2**64 + 3)[1], len(range(-10**30, 10**30, 10**29)))
