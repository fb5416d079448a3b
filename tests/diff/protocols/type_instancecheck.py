# type.__instancecheck__ / type.__subclasscheck__: the plain checks, as a
# metaclass's own hook calls them.
print(type.__instancecheck__(int, 3), type.__instancecheck__(int, "3"), int.__instancecheck__(True))
print(type.__subclasscheck__(int, bool), type.__subclasscheck__(str, int), object.__subclasscheck__(str))


class A:
    pass


class B(A):
    pass


print(A.__instancecheck__(B()), B.__instancecheck__(A()), A.__subclasscheck__(B), type.__subclasscheck__(B, A))
for f in (
    lambda: type.__instancecheck__(int),
    lambda: type.__instancecheck__(int, 1, 2),
    lambda: type.__subclasscheck__(int, 3),
    lambda: type.__instancecheck__(3, 3),
    lambda: type.__subclasscheck__("s", int),
):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
