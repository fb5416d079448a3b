# isinstance/issubclass ask type(cls).__instancecheck__/__subclasscheck__
# when cls is not exactly a type (here: plain objects acting as checkers).
class Even:
    def __instancecheck__(self, x):
        print("instancecheck", x)
        return isinstance(x, int) and x % 2 == 0

    def __subclasscheck__(self, c):
        print("subclasscheck", c.__name__)
        return c in (int, bool)


even = Even()
print(isinstance(4, even), isinstance(3, even), isinstance("a", even))
print(issubclass(bool, even), issubclass(str, even))
print(isinstance(3, (str, even)), isinstance(2, (str, even)), isinstance("s", (str, even)))
print(issubclass(str, (even, str)))


class Truthy:
    def __instancecheck__(self, x):
        return [1]

    def __subclasscheck__(self, c):
        return ""


print(isinstance(None, Truthy()), issubclass(int, Truthy()))


class Boom:
    def __instancecheck__(self, x):
        raise ValueError("no instances")


try:
    isinstance(1, Boom())
except ValueError as e:
    print("ValueError", e)
for args in ((1, 1), (1, "str"), (1, (int, 2)), (1, None)):
    try:
        isinstance(*args)
    except TypeError as e:
        print("TypeError", e)
for args in ((1, int), (int, 1), ("x", str), (int, (int, 2)), (int, (str, 3))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1)
except TypeError as e:
    print("TypeError", e)
