class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return self.v * 7
a = P(1)
b = P(1)
print(a == b, a != b, a == P(2), a != P(2), hash(a), hash(P(-1)))
class Q:
    pass
q = Q()
print(hash(q) == hash(q), q == q, q != q, q == Q())
class R(P):
    pass
print(hash(R(2)))
