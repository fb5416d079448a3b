xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
del xs[0]
print(xs)
del xs[-1]
print(xs)
del xs[2:4]
print(xs)
del xs[::2]
print(xs)
del xs[:]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a = 1
b = 2
c = [1, 2, 3]
del (a, b), c[0]
print(c)
x = 5
y = 6
del [x, y]
z = [[1, 2], [3, 4]]
del z[0][1], z[1]
print(z)
def f():
    p = 1
    q = [1, 2]
    del p, q[0]
    return q
print(f())
