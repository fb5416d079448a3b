# a metaclass __call__: singletons, argument passing, bypassing __init__
class Singleton(type):
    def __call__(cls, *args, **kw):
        if "_inst" not in cls.cache:
            cls.cache["_inst"] = super().__call__(*args, **kw)
        return cls.cache["_inst"]


class Config(metaclass=Singleton):
    cache = {}

    def __init__(self, name, debug=False):
        self.name = name
        self.debug = debug


a = Config("first", debug=True)
b = Config("second")
print(a is b, b.name, b.debug)


class Counting(type):
    calls = 0

    def __call__(cls, *args):
        Counting.calls += 1
        return "not an instance " + str(len(args))


class P(metaclass=Counting):
    def __init__(self):
        print("never")


print(P(1, 2), P(), Counting.calls)
