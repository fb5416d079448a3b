xs = [0, 0, 0]
xs[0], xs[1] = 1, 2
print(xs)
xs[0], xs[2] = xs[2], xs[0]
print(xs)
d = {}
d["a"], d["b"] = "ab"
print(d)
i = 0
i, xs[i] = 1, 9
print(i, xs)
def f():
    a, (b, c) = 1, (2, 3)
    x, *y = [a, b, c]
    return x + c, y
print(f())
g1, g2 = f()
print(g1, g2)
a = [1, 2, 3]
a[0], a[1:] = "xy", "zw"
print(a)
