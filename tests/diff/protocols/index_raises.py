# Exceptions raised inside __index__/__int__/__float__/__round__ propagate.
class Boom:
    def __index__(self):
        raise ValueError("index boom")

    def __int__(self):
        raise KeyError("int boom")

    def __float__(self):
        raise OverflowError("float boom")

    def __round__(self, n=None):
        raise ArithmeticError("round boom")


b = Boom()
for f in (
    lambda: [1][b],
    lambda: "ab"[b:],
    lambda: range(b),
    lambda: [1] * b,
    lambda: int(b),
    lambda: float(b),
    lambda: round(b),
    lambda: hex(b),
    lambda: round(1.5, b),
):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
