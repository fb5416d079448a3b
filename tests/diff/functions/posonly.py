def f(a, b, /, c):
    return a * 100 + b * 10 + c
print(f(1, 2, 3))
print(f(1, 2, c=3))
def g(a, /):
    return a
print(g(7))
def h(a=1, /, b=2):
    return a, b
print(h(), h(5), h(5, 6), h(b=9))
