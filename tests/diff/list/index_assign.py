# Index assignment and deletion with negative, bool and __index__ indices.
class I:
    def __index__(self):
        return 1
l = [0, 1, 2, 3]
l[-1] = "last"
l[True] = "one"
l[I()] = "idx"
print(l, l[I()], l[-4], l[False])
del l[-1]
del l[I()]
print(l)
for bad in [lambda: l.__setitem__(10, 0), lambda: l.__setitem__(-10, 0), lambda: l.__delitem__(-10),
            lambda: l.__getitem__(1.0), lambda: l.__setitem__("a", 1), lambda: l[10**20]]:
    try:
        print(bad())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
