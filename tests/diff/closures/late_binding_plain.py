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
    for i in range(3):
        def g():
            return i
    return g()
print(loop())
def loop_defaults():
    for i in range(3):
        def g(i=i):
            return i
        if i == 0:
            first = g
    return first(), g()
print(loop_defaults())
