# Assigning and deleting an instance's __dict__; __dict__ of exceptions
# and classes with and without __slots__.
class A:
    pass


a = A()
a.old = 1
new = {"fresh": 2}
a.__dict__ = new
print(a.fresh, hasattr(a, "old"), a.__dict__ is new)
new["later"] = 3
print(a.later)
a.more = 4
print(new)
del a.__dict__
print(a.__dict__, hasattr(a, "fresh"))
a.again = 5
print(vars(a))
for bad in (1, None, [("a", 1)], "x"):
    try:
        a.__dict__ = bad
    except TypeError as e:
        print("TypeError", e)


class S:
    __slots__ = ("x",)


s = S()
s.x = 1
try:
    s.__dict__
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)


class Err(Exception):
    def __init__(self, msg):
        super().__init__(msg)
        self.code = 7


err = Err("bad")
print(err.__dict__, vars(err), err.args)
err.__dict__["extra"] = 1
print(err.extra, err.code)
err.__dict__ = {"code": 8}
print(err.code, hasattr(err, "extra"), str(err))
