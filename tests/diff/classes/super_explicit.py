class A:
    def __init__(self, v):
        self.v = v
    def who(self):
        return "A"
class B(A):
    def __init__(self, v):
        super(B, self).__init__(v * 2)
    def who(self):
        return "B" + super(B, self).who()
b = B(3)
print(b.v, b.who())
