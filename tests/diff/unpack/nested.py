(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, [2, (3, 4)]
print(a, b, c, d)
[(x, y), [z]] = ["ab", (9,)]
print(x, y, z)
((p,),) = ((5,),)
print(p)
a, [b, *c], d = 1, [2, 3, 4], 5
print(a, b, c, d)
