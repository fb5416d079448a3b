# Defaults are evaluated once, at def time; keyword arguments bind by name;
# binding errors are CPython's TypeErrors.
n = 10


def f(a, b=n, c=n * 2):
    return a * 100 + b * 10 + c


n = 99
print(f(1), f(1, 2), f(1, 2, 3), f(a=4), f(1, c=5), f(c=1, b=2, a=3))
print(f(b=1, a=2))
print(f(1, 2, 3, 4))
