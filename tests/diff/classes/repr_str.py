class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class T(R):
    def __str__(self):
        return "T-str"
print(R(), repr(R()), str(R()))
print(S(), str(S()))
print(T(), repr(T()))
print([1] if False else (R(), T()))
