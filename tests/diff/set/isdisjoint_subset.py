# isdisjoint/issubset/issuperset with iterators, strings, duplicates and unhashable items.
s = {1, 2, 3}
print(s.isdisjoint(iter([4, 5])), s.isdisjoint([3]), s.issubset(iter([1, 2, 3, 4])), s.issuperset((1, 1)))
print(set().issubset([]), set().isdisjoint(set()), {1}.issuperset(set()), frozenset("ab").issubset("abc"))
for f in [lambda: s.isdisjoint([[1]]), lambda: s.issubset([[1]]), lambda: s.issuperset(5), lambda: s.isdisjoint()]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
