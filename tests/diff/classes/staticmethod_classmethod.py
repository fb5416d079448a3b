class M:
    factor = 3
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, v):
        r = cls()
        r.v = v * cls.factor
        return r
class N(M):
    factor = 10
print(M.add(1, 2), M().add(3, 4))
print(M.make(2).v, N.make(2).v, type(N.make(1)).__name__)
print(N().make(1).v)
