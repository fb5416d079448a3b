# list through builtins: construction, repr, operators, comparisons
a = list((3, 1, 2))
print(a, len(a), list(), list(""), list("héllo😀"))
b = a + list((9,))
print(b, a * 2, 3 * list(("x",)), a * 0, a * -5, list() * 10)
c = a
c += (7, 8)
print(a, c, a is c)
c *= 2
print(a, len(a))
c += "ab"
print(a)
print(list((1, 2)) == list((1, 2)), list((1, 2)) != list((1, 2)))
print(list((1, 2)) < list((1, 3)), list((1, 2)) < list((1, 2, 0)), list((2,)) > list((1, 9)))
print(list((1, 2)) <= list((1, 2)), list((1, 2)) >= list((1, 3)))
print(list(list((1, 2))), list(dict(a=1, b=2)), list((None, True, 1.5, "s")))
print(bool(list()), bool(list((0,))))
print(list(((1, 2), (3,))))
print(tuple(list((4, 5))), tuple("ab"), tuple(), tuple(dict(k=1)))
