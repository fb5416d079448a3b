def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=9, b=2))
print(f(a=0, b=1))
def g(*, k=1, m):
    return k, m
print(g(m=2))
print(g(m=2, k=5))
def h(*, x=1, y=2):
    return x + y
print(h(), h(y=10), h(x=-1, y=-2))
