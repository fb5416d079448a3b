def g(a, /, b, *, c):
    return a, b, c
def h(x, y=1, *, k):
    return x
def attempt(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, "ok")
    except TypeError as e:
        print(label, e)
attempt(1, g, a=1, b=2, c=3)
attempt(2, g, 1, 2, 3)
attempt(3, g, 1, b=2)
attempt(4, g, 1, 2, c=3, d=4)
attempt(5, h)
attempt(6, h, 1, 2, 3)
attempt(7, h, 1, 2, 3, k=4)
attempt(8, h, 1, x=2, k=3)
attempt(9, h, 1, k=2)
attempt(10, lambda: 0, 1)
attempt(11, print, *5) if False else None
try:
    g(*5)
except TypeError as e:
    print(e)
try:
    g(**5)
except TypeError as e:
    print(e)
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("NameError", e)
    v = 1
    return inner()
print(outer())
