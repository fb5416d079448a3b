# reverse/copy/clear on empty, one element, even and odd lengths; in-place identity.
for n in range(5):
    l = list(range(n))
    r = l
    l.reverse()
    c = l.copy()
    print(n, l, r is l, c, c is l)
    l.clear()
    print(l, c)
for f in [lambda: [].reverse(1), lambda: [].copy(1), lambda: [].clear(1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
