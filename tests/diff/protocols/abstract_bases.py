# Objects with a __bases__ tuple take part in isinstance/issubclass as
# "abstract classes" (CPython's abstract_issubclass).
class Abstract:
    def __init__(self, name, *bases):
        self.name = name
        self.__bases__ = bases


class Inst:
    def __init__(self, cls):
        self.cls = cls

    def __getattribute__(self, name):
        if name == "__class__":
            return object.__getattribute__(self, "cls")
        return object.__getattribute__(self, name)


root = Abstract("root")
left = Abstract("left", root)
right = Abstract("right", root)
leaf = Abstract("leaf", left, right)
other = Abstract("other")
print(issubclass(leaf, root), issubclass(leaf, left), issubclass(root, leaf), issubclass(leaf, other))
print(issubclass(leaf, (other, right)), issubclass(leaf, leaf))
print(isinstance(Inst(leaf), root), isinstance(Inst(root), leaf), isinstance(Inst(left), (other, left)))


class NotAClass:
    __bases__ = "nope"


for args in ((leaf, NotAClass()), (NotAClass(), root), (1, root), (int, leaf)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, NotAClass())
except TypeError as e:
    print("TypeError", e)
print(isinstance(1, leaf))
