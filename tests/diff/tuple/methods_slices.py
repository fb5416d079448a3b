# tuple count/index with start/stop, slicing steps, concatenation identities.
t = tuple(range(10)) + (3, 3)
print(t.count(3), t.index(3), t.index(3, 4), t.index(3, -2), t.index(9, 0, 10), t[::3], t[-3::-2], t[100:], t[:-100])
for f in [lambda: t.index(3, 4, 10), lambda: t.index(), lambda: t.count(1, 2), lambda: t.index(3, "a")]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
e = ()
print(e + e is e or True, (1,) * 1, t[:] == t, tuple(t) is t, len(t * 3), (None,) * 2, ((),) * 2)
