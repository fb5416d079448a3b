a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
print(c, d)
[e, f] = "xy"
print(e, f)
g, = [5]
print(g)
h, i, j = [0, 1, 2]
print(h, i, j)
k, l = {"p": 1, "q": 2}
print(k, l)
x = (1, 2)
p, q = x
print(p, q, x)
() = []
[] = ()
print("empty ok")
s, t = "\u00e9\U0001F600"
print(s, t)
