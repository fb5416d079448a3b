class P:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


p = P()
print(p.a)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError", e)
vars(p)
