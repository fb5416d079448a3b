# Shallow copies share elements; comparisons of nested lists; list() of a list; max/min of lists.
a = [[1], [2]]
b = a.copy()
c = a[:]
d = list(a)
b[0].append(9)
print(a, b, c, d, a == b == c == d, a is b, a[0] is d[0])
print([1, [2, 3]] < [1, [2, 4]], [1, 2] > [1], [[]] < [[0]], max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5]]))
print([1, 2, 3] == [1, 2, 3.0], [1, 2] != [1, 2], ["a"] < ["b"], [(1, 2)] < [(1, 3)])
