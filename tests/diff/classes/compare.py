class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "N" + str(self.v)
a = N(1)
b = N(2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a, N(1) == N(1), N(1) != N(1))
print(max(N(3), N(9), N(4)), min(N(3), N(9), N(4)))
print(a < b < N(3))
