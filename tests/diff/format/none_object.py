# object.__format__: str(v) for an empty spec, else a TypeError naming the type.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


class A:
    pass
class B:
    def __str__(self):
        return 'B!'
for v in [None, ..., NotImplemented, A, B(), [1, 2], (1,), {'a': 1}, {3}, len, range(3), ValueError('x')]:
    for s in ['', 'x', '5', 's', ' ']:
        r = None
        try:
            r = format(v, s)
        except TypeError as e:
            print(type(e).__name__, e)
        if r is not None and v is not A:
            print(repr(r))
print(format(A, '') == str(A))
