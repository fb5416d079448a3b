def f(a, b, c):
    return a - b * c
print(f(1, 2, 3), f(c=1, b=2, a=3), f(1, c=2, b=3))
def g(x, y=10):
    return x * y
print(g(y=2, x=4), g(x=3))
