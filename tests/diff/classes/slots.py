class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
s.b = 2
print(s.a, s.b)
s.c = 3
