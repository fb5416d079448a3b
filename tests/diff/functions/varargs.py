def f(*args):
    return args
print(f())
print(f(1))
print(f(1, "two", 3.0, None))
def g(a, b=2, *rest):
    return a, b, rest
print(g(1))
print(g(1, 5))
print(g(1, 5, 6, 7))
def h(a, *rest, k=0):
    return a, rest, k
print(h(1, 2, 3, k=4))
print(h(9))
def count(*xs):
    n = 0
    for i in range(len(xs)):
        n = n + xs[i] if False else n + 1
    return n
print(count(1, 2, 3))
