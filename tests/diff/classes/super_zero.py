class A:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "A"
class B(A):
    def __init__(self, v):
        super().__init__(v + 1)
    def who(self):
        return "B" + super().who()
class C(B):
    def who(self):
        return "C" + super().who()
c = C(1)
print(c.v, c.who())
