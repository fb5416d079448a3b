# dict through builtins: construction forms, repr, ==, |, |=, len
print(dict(), dict(a=1, b=2), dict(((1, 2), (3, 4)), x=5))
print(dict(dict(a=1), b=2), dict(("ab", "cd")), dict(((1, 1), (1, 2))))
d = dict(a=1, b=2)
e = dict(b=3, c=4)
print(d | e, e | d, d == dict(b=2, a=1), d != e, d == dict(a=1))
f = d
f |= e
print(d, f is d, len(d))
d |= ((9, 9),)
print(d)
print(dict(x=dict(y=list((1, 2)))), list(dict(z=1, a=2, m=3)))
print(dict(((1.0, "f"), (1, "i"), (True, "b"))))
print(dict((((1, 2), "t"), ((1, 2), "u"))))
print(len(dict(a=1, b=2, c=3)), bool(dict()), bool(dict(a=0)))
print(dict(((None, 0),)), dict(((-1, 1), (-2, 2))))
