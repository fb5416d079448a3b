# PEP 560: a base that is not a class supplies bases via __mro_entries__
class Real:
    def hello(self):
        return "real"


class Alias:
    def __mro_entries__(self, bases):
        return (Real,)


class A(Alias()):
    pass


print(A.__bases__ == (Real,), A().hello(), A.__orig_bases__[0].__class__.__name__)


class Nothing:
    def __mro_entries__(self, bases):
        return ()


class B(Nothing()):
    pass


print(B.__bases__)
