# Slot wrappers called on subclass instances: int/str/list/dict/set subclasses and super().
class I(int):
    def __add__(self, o):
        return "I+" + str(int.__add__(self, o))
class S(str):
    def __len__(self):
        return str.__len__(self) * 10
class L(list):
    def __getitem__(self, i):
        return ("L", list.__getitem__(self, i))
class D(dict):
    def __contains__(self, k):
        return dict.__contains__(self, k.lower())
print(I(2) + 3, int.__add__(I(2), 3), len(S("ab")), str.__len__(S("ab")), L([5, 6])[1], list.__getitem__(L([5]), 0))
print("A" in D(a=1), dict.__contains__(D(a=1), "A"), int.__divmod__(I(7), 2), float.__divmod__(7.5, I(2)))
print(int.__int__(I(5)), type(int.__int__(I(5))).__name__, int.__index__(I(6)), int.__float__(I(1)), str.__mul__(S("x"), 3))
