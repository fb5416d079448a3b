class S:
    instances = 0
    def __new__(cls, v):
        S.instances += 1
        return super().__new__(cls)
    def __init__(self, v):
        self.v = v
s = S(4)
print(s.v, S.instances, type(s) is S)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = object.__new__(cls)
        return cls._inst
print(Single() is Single())
class Other:
    def __new__(cls, v):
        return v
    def __init__(self, v):
        print("never")
print(Other(5))
