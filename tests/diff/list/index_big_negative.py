# Indexing with big ints and bools; slices with huge bounds on lists.
l = list(range(10))
print(l[-10], l[9], l[True], l[-1:10**30], l[-10**30:2], l[10**30:], l[::10**30], l[::-10**30])
for f in [lambda: l[10**30], lambda: l[-10**30], lambda: l.__getitem__(2**63), lambda: l.pop(10**30), lambda: l.insert(10**30, 1)]:
    try:
        print(f())
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
print(l[-1])
