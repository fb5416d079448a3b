# Many inserts/removes at both ends and in the middle keep order; extend from self; count/index.
l = []
for i in range(200):
    if i % 2:
        l.insert(0, i)
    else:
        l.append(i)
print(l[:6], l[-6:], len(l))
for i in range(0, 200, 3):
    l.remove(i)
print(l[:6], l[-6:], len(l), l.index(1), l.count(1))
l.extend(l)
print(len(l), l[:3], l[len(l) // 2: len(l) // 2 + 3])
while len(l) > 3:
    l.pop(len(l) // 2)
print(l)
m = list(range(10))
m[2:8] = []
print(m, m * 2, [m] * 2)
