# Mangling of annotated private names in nested classes and classes in
# functions; subscript/attribute targets are not stored.
def make():
    class Local:
        __secret: int = 1
        __other: "str"

    return Local


L = make()
print(L.__annotations__, L._Local__secret)


class Outer:
    __a: int

    class __Inner:
        __b: float = 0.5

    __c: list


print(Outer.__annotations__)
print(Outer._Outer__Inner.__annotations__)


class ___Triple:
    __x: int


print(___Triple.__annotations__)
