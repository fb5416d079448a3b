a = b = c = [1, 2]
print(a is b, b is c)
xs = [0, 0, 0]
x = xs[0] = xs[2] = 5
print(x, xs)
d = {}
d["a"] = d["b"] = 1
print(d)
p, q = r = (1, 2)
print(p, q, r)
i = xs[i] = 1 if False else 1
print(i, xs)
