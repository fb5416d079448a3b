x = "outer"
ys = [x for x in range(3)]
print(ys, x)
x = [1, 2, 3]
x = [x for x in x]
print(x)
def f(n):
    k = 10
    return [i + k + n for i in range(n)]
print(f(3))
def g():
    total = 0
    res = [total + i for i in range(4)]
    return res, total
print(g())
def h(xs):
    i = "kept"
    r = [i * 2 for i in xs]
    return r, i
print(h([1, 2]))
n = 3
print([[n * i for i in range(j)] for j in range(n)])
print([y for x in [[1, 2], [3]] for y in x])
def shadow(x):
    return [x for x in [x, x + 1]]
print(shadow(5))
