# set.pop order follows the table (CPython's finger), clear and reuse.
s = set(range(10, 100, 9))
out = []
while s:
    out.append(s.pop())
print(out)
s = {"x", "y", "z", "w"}
print(sorted(s), s.pop() in {"x", "y", "z", "w"}, len(s))
t = set(range(5))
t.add(100)
t.discard(0)
print(t.pop(), t.pop(), t)
u = set()
u.add(8)
u.add(16)
u.discard(8)
print(u.pop(), u)
