# comprehensions in a class body: class names are invisible inside them
# (except the outermost iterable), enclosing function variables are not
base = 100


class A:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        plus = [i + len(items) for i in range(2)]
    except NameError as e:
        err = str(e)
    glob = [base + i for i in items]


print(A.doubled, A.err, A.glob)


def f(k):
    scale = k

    class B:
        vals = [scale * i for i in range(4)]
        pairs = {i: scale for i in range(2)}
        nested = [[scale + j for j in range(2)] for i in range(2)]
        s = {scale}

    return B


B = f(3)
print(B.vals, B.pairs, B.nested, B.s)
