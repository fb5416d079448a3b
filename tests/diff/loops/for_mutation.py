xs = [1, 2, 3]
for x in xs:
    if x < 5:
        xs += [x + 10]
    print(x)
print(xs)
ys = [1, 2, 3, 4]
for y in ys:
    del ys[0]
    print(y)
print(ys)
zs = [0]
n = 0
for z in zs:
    n += 1
    if n < 5:
        zs += [n]
print(zs)
it = [1, 2]
for v in it:
    it = [9, 9, 9]
    print(v)
