# __instancecheck__/__subclasscheck__ defined on a metaclass are asked by
# isinstance()/issubclass() of its classes; an exact type is not asked.
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__, type(inst).__name__)
        return isinstance(inst, int) or type.__instancecheck__(cls, inst)

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return sub is bool or type.__subclasscheck__(cls, sub)


class Number(metaclass=Meta):
    pass


class Sub(Number):
    pass


print(isinstance(3, Number), isinstance("x", Number), isinstance(Sub(), Number))
print(isinstance(Number(), Number))
print(issubclass(bool, Number), issubclass(str, Number), issubclass(Sub, Number))
print(isinstance(2.5, (str, Number)), issubclass(float, (Number, float)))


class Duck(type):
    def __instancecheck__(cls, inst):
        return hasattr(inst, "quack")


class Quacker(metaclass=Duck):
    pass


class D:
    def quack(self):
        return "q"


print(isinstance(D(), Quacker), isinstance(1, Quacker))


class Boom(type):
    def __subclasscheck__(cls, sub):
        raise ValueError("no")


class B(metaclass=Boom):
    pass


try:
    issubclass(int, B)
except ValueError as e:
    print("ValueError", e)
try:
    issubclass(1, B)
except ValueError as e:
    print("ValueError", e)
