n = 0
def tick():
    global n
    n += 1
    return n
def f(a=tick(), b=tick()):
    return a, b
print(f(), f(), n)
def g(*, k=tick()):
    return k
print(g(), g(), n)
x = 10
def h(v=x):
    return v
x = 20
print(h(), x)
