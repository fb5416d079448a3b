# getattr/setattr/hasattr/delattr/callable/isinstance/issubclass/vars edge cases.
class A:
    x = 1
    def m(self):
        return 2
a = A()
setattr(a, "y", 5)
print(getattr(a, "x"), getattr(a, "y"), getattr(a, "z", None), hasattr(a, "m"), hasattr(a, "nope"), vars(a))
delattr(a, "y")
print(hasattr(a, "y"), callable(a), callable(A), callable(a.m), callable(len), callable(5), callable(None))
for f in [lambda: getattr(a, "zz"), lambda: getattr(a, 5), lambda: setattr(a, 5, 1), lambda: delattr(a, "zz"),
          lambda: hasattr(a, None), lambda: getattr(a), lambda: vars(5), lambda: isinstance(1, 5),
          lambda: issubclass(1, int), lambda: issubclass(int, (int, 5)), lambda: delattr(1, "real")]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(bool, (str, int)), isinstance(A, type))
print(issubclass(A, object), isinstance(a, object), isinstance(None, type(None)), issubclass(type, object))
