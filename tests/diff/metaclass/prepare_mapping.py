# __prepare__ returning a mapping that records the body's assignments
class Recorder:
    def __init__(self):
        self.data = {}
        self.order = []

    def __getitem__(self, k):
        return self.data[k]

    def __setitem__(self, k, v):
        self.order.append(k)
        self.data[k] = v

    def __delitem__(self, k):
        self.order.append("del " + k)
        del self.data[k]


class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Recorder()

    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns.data)
        cls.order = ns.order
        return cls


class A(metaclass=M):
    x = 1
    y = x + 1
    tmp = 0
    del tmp
    for i in range(2):
        pass

    def f(self):
        return "f"


print(A.order, A.y, A().f(), hasattr(A, "tmp"))
