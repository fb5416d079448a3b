# Sequence patterns: lists and tuples, fixed length, nested, starred.
def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ('one', a)
        case [a, b]:
            return ('two', a, b)
        case [1, *rest]:
            return ('starts with 1, rest', rest)
        case [first, *middle, last]:
            return ('first', first, 'middle', middle, 'last', last)
        case _:
            return "no"


for v in [[], (), [5], (5,), [1, 2], (3, 4), [1, 2, 3], (1, 9, 8, 7), [4, 5, 6, 7], "ab", "", 5, {1: 2}, {1, 2}]:
    print(repr(v), f(v))

match (1, (2, 3), [4, [5, 6]]):
    case (a, (b, c), [d, [e, f]]):
        print(a, b, c, d, e, f)

match [1, 2, 3, 4, 5]:
    case [*init, 4, 5]:
        print("init", init)

match (1, 2):
    case [x, y, *z]:
        print("xyz", x, y, z)

match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
    case _:
        print("?")

match range(3):
    case [0, 1, 2]:
        print("range matches")
