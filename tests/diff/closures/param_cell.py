def f(a, b=10, *rest, k=1, **kw):
    def g():
        return a + b + len(rest) + k + len(kw)
    a = a * 2
    return g()
print(f(1), f(1, 2, 3, 4, k=5, z=6))
