def add_hello(cls):
    cls.hello = "hi from " + cls.__name__
    return cls
def twice(cls):
    print("decorating", cls.__name__)
    return cls
@twice
@add_hello
class D:
    pass
print(D.hello, D().hello)
