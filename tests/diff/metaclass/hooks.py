# metaclass __prepare__, __new__, __init__, __call__ with class keywords;
# methods and properties of the metaclass seen on the class
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", mcs.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if k[:2] != "__"]), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = name + "!"
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 42}

    def hello(cls):
        return "hello from " + cls.__name__

    @property
    def twice(cls):
        return cls.__name__ * 2


class A(metaclass=Meta, flag=True):
    x = injected

    def __init__(self, v):
        self.v = v


print(type(A) is Meta, A.tag, A.hello(), A.twice, A.x)
a = A(3)
print(a.v)


class B(A):
    pass


print(type(B).__name__, B.tag, B.hello())
