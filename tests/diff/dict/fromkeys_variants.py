# fromkeys from strings, ranges, dicts, sets of tuples; shared default values; subclasses.
print(dict.fromkeys(range(3), "v"), dict.fromkeys({"b": 1, "a": 2}), dict.fromkeys((1, 1, 2)))
print({}.fromkeys("ab", 0), dict.fromkeys(iter([3, 4])), dict.fromkeys([], []))
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.tag = "made"
x = D.fromkeys("xy", 1)
print(type(x).__name__, x, x.tag)
try:
    dict.fromkeys([[]])
except TypeError as e:
    print("TypeError", e)
