# __prepare__ must return a mapping
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42


class A(metaclass=M):
    pass
