# int subclasses as indices, counts and slice bounds: their value, even
# when they define __index__ (CPython checks for an int first)
class A(int):
    pass


class I(int):
    def __index__(self):
        return 0


xs = [10, 20, 30, 40]
print(xs[A(1)], xs[I(2)], xs[A(1):I(3)], (1, 2, 3)[I(-1)], "abcd"[A(1):A(3)], "ab" * I(2), [0] * A(3))
xs[A(0)] = 99
del xs[I(1)]
print(xs, xs.pop(A(0)), list(range(A(3))), divmod(I(7), A(2)), round(A(1234), A(-2)))
print(hex(A(255)) if False else "skip", I(5) + 1, int(I(5)))
