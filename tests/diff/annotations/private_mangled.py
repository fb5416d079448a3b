# Class-body annotations of private names are stored mangled (_C__x),
# like the names themselves; dunder names and module-level ones are not.
class C:
    __x: int = 1
    __y: str
    __z__: float = 2.0
    _w: bool
    plain: list

    def get(self):
        return self.__x


print(C.__annotations__)
print(C._C__x, C().get())


class _Under:
    __p: int


print(_Under.__annotations__)


class Outer:
    class Inner:
        __q: int = 3

    __r: "Outer"


print(Outer.Inner.__annotations__, Outer.__annotations__, Outer.Inner._Inner__q)
__m: int = 5
print(__annotations__)
try:
    C.__x
except AttributeError as e:
    print("AttributeError", e)
