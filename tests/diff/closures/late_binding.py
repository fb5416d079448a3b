def make():
    fs = []
    x = 0
    def f0():
        return x
    x = 1
    def f1():
        return x
    x = 2
    return f0, f1
a, b = make() if False else (None, None)
def make2():
    i = 0
    def get():
        return i
    r1 = get()
    i = 10
    r2 = get()
    return r1, r2
print(make2())
def loop():
    total = 0
    for i in range(3):
        def g():
            return i
    return g()
print(loop())
