# list as a stack and queue: append/pop/insert(0)/pop(0) over many operations.
s = []
for i in range(1000):
    s.append(i)
    if i % 3 == 0:
        s.pop()
print(len(s), s[:5], s[-5:])
q = list(range(10))
out = []
while q:
    out.append(q.pop(0))
    if len(out) % 4 == 0 and len(out) < 12:
        q.append(len(out) * 100)
print(out)
try:
    q.pop()
except IndexError as e:
    print("IndexError", e)
