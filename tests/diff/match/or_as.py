# OR patterns binding the same names in different positions.
def f(x):
    match x:
        case [a, 1] | [1, a]:
            return ("pair with 1", a)
        case {"k": a} | [a, _, _]:
            return ("k or triple", a)
        case (0 | 1 | 2) as digit:
            return ("digit", digit)
        case _:
            return None


for v in [[5, 1], [1, 6], [1, 1], {"k": 9}, [7, 8, 9], 0, 2, 3]:
    print(v, f(v))
