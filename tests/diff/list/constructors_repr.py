# list(): from iterables, repr of nesting and recursion, equality with other sequences.
print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(3)), list(b"ab"), list(iter([5])))
l = [1, [2, [3, [4]]], (5,), {6: 7}, "8", None, 1.5, -0.0, 10**20]
print(l, repr(l), str(l), len(l))
a = [1]
b = [a, a]
a.append(b)
print(b, a)
print([1, 2] == (1, 2), [1] == [1.0], [[]] == [[]], [1, 2] != [1, 2])
n = float("nan")
print([n] == [n], n in [n], [n].count(n), [n].index(n))
try:
    list(1)
except TypeError as e:
    print("TypeError", e)
try:
    list([1], [2])
except TypeError as e:
    print("TypeError", e)
