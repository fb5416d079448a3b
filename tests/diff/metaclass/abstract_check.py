# an ABCMeta-like check in a metaclass __call__
class AbstractMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        abstract = []
        for k in ns:
            v = ns[k]
            if getattr(v, "is_abstract", False):
                abstract.append(k)
        for b in bases:
            for k in getattr(b, "abstract_names", []):
                if k not in ns:
                    abstract.append(k)
        cls.abstract_names = abstract
        return cls

    def __call__(cls, *args):
        if cls.abstract_names:
            raise TypeError("Can't instantiate abstract class " + cls.__name__)
        return super().__call__(*args)


def abstract(f):
    f.is_abstract = True
    return f


class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self):
        pass


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Square(3).area(), Shape.abstract_names, Square.abstract_names)
try:
    Shape()
except TypeError as e:
    print(e)
