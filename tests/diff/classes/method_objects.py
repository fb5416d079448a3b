class A:
    def m(self, x):
        return x + 1
a = A()
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m, A.m(a, 5))
print(a.m == a.m, a.m == A().m)
f = A.m
print(f.__name__, f.__qualname__)
