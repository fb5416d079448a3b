# Repetition shares elements; *= 0 empties; negative counts; __index__ counts.
class N:
    def __index__(self):
        return 2
a = [[0]] * 3
a[0].append(1)
print(a, [1, 2] * N(), N() * [3], [1] * -5, [1] * True)
b = [1, 2]
c = b
b *= 0
print(b, c is b)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError", e)
try:
    [1] * "a"
except TypeError as e:
    print("TypeError", e)
