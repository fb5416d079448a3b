# Assigning a function's __kwdefaults__, __defaults__ and __dict__; the
# read-only __closure__; CPython's errors.
def f(a, b=10, *, c=1, d=2):
    return a, b, c, d


kw = f.__kwdefaults__
print(kw, kw is f.__kwdefaults__, f(0))
kw["c"] = 100
print(f(0), f.__kwdefaults__)
del kw["d"]
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = {"c": 5, "d": 6, "unused": 7}
print(f(0), f(0, d=0))
f.__kwdefaults__ = {}
try:
    f(0)
except TypeError as e:
    print("TypeError", e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try:
    f(0, c=1)
except TypeError as e:
    print("TypeError", e)
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__kwdefaults__ = {"c": "C", "d": "D"}
print(f(1, 2))

f.__defaults__ = (20,)
print(f(1), f.__defaults__)
f.__defaults__ = (7, 8, 9)
print(f(1))
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
del f.__defaults__
print(f.__defaults__)


def g():
    pass


g.__kwdefaults__ = {"x": 1}
print(g.__kwdefaults__, g())
g.__dict__ = {"tag": "t"}
print(g.tag, g.__dict__)
g.extra = 1
print(sorted(g.__dict__))
d = {"live": 1}
g.__dict__ = d
d["later"] = 2
print(g.later)


def outer():
    x = 1

    def inner():
        return x

    return inner


h = outer()
print(len(h.__closure__), h.__closure__[0].cell_contents if False else h())
for stmt in (
    lambda: setattr(h, "__closure__", ()),
    lambda: delattr(h, "__closure__"),
    lambda: setattr(f, "__kwdefaults__", 1),
    lambda: setattr(f, "__kwdefaults__", []),
    lambda: setattr(f, "__defaults__", [1]),
    lambda: setattr(g, "__dict__", 1),
    lambda: setattr(g, "__dict__", None),
    lambda: delattr(g, "__dict__"),
    lambda: setattr(g, "__name__", 1),
    lambda: delattr(g, "__qualname__"),
):
    try:
        stmt()
        print("no error")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
