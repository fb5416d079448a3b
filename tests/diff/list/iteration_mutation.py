# Mutating a list while iterating: no error, CPython's index-based semantics.
l = [1, 2, 3, 4]
out = []
for x in l:
    out.append(x)
    if x == 2:
        l.append(99)
    if len(out) > 10:
        break
print(out, l)
m = [1, 2, 3, 4, 5]
for x in m:
    m.remove(x)
print(m)
n = [1, 2, 3]
it = iter(n)
next(it)
n.clear()
print(list(it), n)
p = [1, 2, 3]
r = reversed(p)
p.append(4)
print(list(r))
q = [1, 2, 3]
r = reversed(q)
next(r)
q.clear()
print(list(r))
