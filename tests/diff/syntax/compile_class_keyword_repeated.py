class Meta(type):
    pass

class C(metaclass=Meta, metaclass=type):
    pass
