def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c1 = counter()
c2 = counter(100)
for i in range(5):
    c1()
print(c1(), c2(), c2(10), c1())
