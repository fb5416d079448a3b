# methods, properties and class attributes of a metaclass: visible on the
# class, not on its instances; class attributes win over metaclass methods
class M(type):
    greeting = "meta greeting"

    def describe(cls):
        return "class " + cls.__name__

    @property
    def shout(cls):
        return cls.__name__ + "!"

    @staticmethod
    def util(x):
        return x * 2

    @classmethod
    def factory(mcs):
        return mcs.__name__


class A(metaclass=M):
    def describe(self):
        return "instance method"


class B(metaclass=M):
    greeting = "class greeting"


print(A.greeting, B.greeting, B.describe(), A.shout, A.util(4), A.factory())
print(A().describe(), A.describe(A()))
try:
    A().shout
except AttributeError as e:
    print(e)
try:
    B().describe()
except AttributeError as e:
    print(e)
