# count/index use ==: numbers of different types, custom __eq__, identity first for nan.
class Eq:
    def __eq__(self, other):
        return other == 3
nan = float("nan")
l = [1, 1.0, True, 3, Eq(), nan, "1"]
print(l.count(1), l.count(3), l.count(Eq()), l.index(3), l.index(True), l.count(nan), l.index(nan), l.count("1"))
try:
    l.index(99, 1, 3)
except ValueError as e:
    print("ValueError", e)
print([[1], [1]].count([1]), [(1, 2)].index((1, 2)), [None].index(None), [].count(0))
