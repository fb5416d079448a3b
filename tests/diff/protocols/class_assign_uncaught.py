class A:
    pass


class B(Exception):
    pass


a = A()
a.__class__ = B
