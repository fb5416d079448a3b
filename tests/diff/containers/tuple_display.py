print(())
print((1,))
print((1, 2, 3))
t = 1, "two", 3.0
print(t)
print(((1, 2), (3,), ()))
print((1, [2, 3]))
x = 7
print((x, -x, x * x))
print((1, 2) + (3,), (1,) * 3)
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0))
print(t[0], t[1], t[2], t[-1], t[-3])
