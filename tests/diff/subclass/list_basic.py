# class L(list): builtin operations and methods on subclass instances
class L(list):
    pass


l = L([3, 1, 2])
print(l, repr(l), type(l).__name__, L(), L("ab"), L(range(3)), len(l), l[0], l[-1])
print(l[1:], type(l[1:]).__name__, l + [9], type(l + [9]).__name__, [0] + l, l * 2, 2 in l)
l.append(4)
l.extend([5, 6])
l.insert(0, 0)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.sort()
print(l, type(l).__name__)
l.reverse()
l[0] = 100
del l[1]
l[1:2] = [7, 8]
print(l, sorted(l), list(l), type(list(l)).__name__, sum(l), max(l), min(l))
l += [1]
print(l, type(l).__name__)
l *= 2
print(l, type(l).__name__, len(l))
print(l == list(l), [1] == L([1]), L([1]) < [2], L([1, 2]) != [1, 2], bool(L()), bool(l))
l.clear()
print(l, len(l), l is l)
for x in L([1, 2]):
    print("item", x)
print([y * 10 for y in L((1, 2))], tuple(L([1, 2])), set(L([1, 1])), dict(L([(1, 2)])))
m = L([1, 2])
m.tag = "t"
print(m.tag, m)
a, *rest = L([1, 2, 3])
print(a, rest)
try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
