# del of list displays and nested tuples of targets
a, b, c = 1, 2, 3
del [a, b]
try:
    print(a)
except NameError as e:
    print(e)
l = [1, 2, 3]; d = {"k": 1}
class O: pass
o = O(); o.x = 1
del (l[0], [d["k"]], o.x), c
print(l, d, hasattr(o, "x"))
