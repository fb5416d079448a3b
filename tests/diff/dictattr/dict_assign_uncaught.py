class A:
    pass


a = A()
a.__dict__ = [("x", 1)]
