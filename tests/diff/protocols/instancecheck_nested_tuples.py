# Checkers inside nested tuples; the first true answer wins, in order.
class Check:
    def __init__(self, name, answer):
        self.name = name
        self.answer = answer

    def __instancecheck__(self, x):
        print("ask", self.name)
        return self.answer

    def __subclasscheck__(self, c):
        print("ask sub", self.name)
        return self.answer


no, yes = Check("no", False), Check("yes", True)
print(isinstance(1, (no, (no, (yes, no)))))
print(isinstance(1, (int, yes)))
print(issubclass(int, ((no,), yes, no)))
print(isinstance(1, ()), issubclass(int, ()))
print(isinstance(3, (str, (float, (int,)))))
