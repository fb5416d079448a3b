# int and float subclasses mixed, and reflected user operators
class I(int):
    pass


class F(float):
    def __radd__(self, other):
        return "F.__radd__ " + repr(other)


class G(float):
    pass


print(I(2) + G(0.5), G(0.5) + I(2), I(3) * G(2.0), G(9.0) / I(2), I(7) // G(2.0), I(1) < G(1.5))
print(I(2) + F(0.5))
print(2 + F(0.5), 2.0 + F(0.5), F(0.5) + 2)
print(I(5) == G(5.0), hash(I(5)) == hash(G(5.0)), {I(5): 1}[G(5.0)])
