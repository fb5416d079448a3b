# C.__dict__: a read-only live mappingproxy of the class's own attributes.
class A:
    "doc of A"
    x = 1

    def method(self):
        return "m"


class B(A):
    y = 2


class Eq:
    def __eq__(self, other):
        return True


class S:
    __slots__ = ("p", "q")


class E(Exception):
    pass


class F(E):
    z = 0


print(list(A.__dict__))
print(B.__dict__)
print(list(Eq.__dict__), Eq.__dict__["__hash__"])
print(S.__dict__)
print(E.__dict__)
print(F.__dict__)
print(type(A.__dict__).__name__, len(B.__dict__), "y" in B.__dict__, "x" in B.__dict__)
print(B.__dict__["y"], B.__dict__.get("y"), B.__dict__.get("nope"), B.__dict__.get("nope", 5))
print(B.__dict__.keys(), B.__dict__.values(), B.__dict__.items())
print(str(B.__dict__), B.__dict__.copy(), B.__dict__ | {"w": 1})
print(A.__dict__["method"](None), A.__dict__["x"], A.__dict__["__doc__"])
print(B.__dict__ == B.__dict__, B.__dict__ == dict(B.__dict__), B.__dict__ != {}, bool(B.__dict__))
print([k for k in B.__dict__], sorted(B.__dict__))
proxy = B.__dict__
B.added = "later"
print("added" in proxy, proxy["added"])
del B.y
print(list(proxy))
try:
    B.__dict__["q"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del B.__dict__["added"]
except TypeError as e:
    print("TypeError", e)
try:
    B.__dict__["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    B.__dict__ = {}
except AttributeError as e:
    print("AttributeError", e)
try:
    hash(B.__dict__)
except TypeError as e:
    print("TypeError", e)
try:
    B.__dict__.keys(1)
except TypeError as e:
    print("TypeError", e)
