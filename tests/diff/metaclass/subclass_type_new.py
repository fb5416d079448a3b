# a metaclass made with type() itself; metaclass of a metaclass
Meta = type("Meta", (type,), {"tag": lambda cls: "tagged " + cls.__name__})
A = Meta("A", (), {"x": 1})
print(type(A).__name__, A.tag(), A.x)


class MetaMeta(type):
    def __call__(cls, *args):
        print("MetaMeta.__call__", cls.__name__, args[0])
        return super().__call__(*args)


class M(type, metaclass=MetaMeta):
    pass


class C(metaclass=M):
    pass


print(type(C).__name__, type(M).__name__)
