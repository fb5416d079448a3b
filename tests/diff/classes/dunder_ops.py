class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return V(self.x + o)
    def __radd__(self, o):
        return V(o + self.x)
    def __sub__(self, o):
        return V(self.x - o.x)
    def __mul__(self, k):
        return V(self.x * k)
    def __rmul__(self, k):
        return V(self.x * k * 100)
    def __truediv__(self, k):
        return V(self.x / k)
    def __floordiv__(self, k):
        return V(self.x // k)
    def __mod__(self, k):
        return V(self.x % k)
    def __pow__(self, k):
        return V(self.x ** k)
    def __neg__(self):
        return V(-self.x)
    def __pos__(self):
        return V(+self.x + 1)
    def __invert__(self):
        return V(~self.x)
    def __abs__(self):
        return V(abs(self.x))
    def __and__(self, o):
        return "and"
    def __or__(self, o):
        return "or"
    def __xor__(self, o):
        return "xor"
    def __lshift__(self, o):
        return "lshift"
    def __rshift__(self, o):
        return "rshift"
    def __matmul__(self, o):
        return "matmul"
    def __repr__(self):
        return "V(" + repr(self.x) + ")"
a = V(7)
print(a + V(1), a + 1, 1 + a, a - V(2), a * 2, 2 * a, a / 2, a // 2, a % 4, a ** 2)
print(-a, +a, ~a, abs(V(-3)))
print(a & 1, a | 1, a ^ 1, a << 1, a >> 1, a @ a)
