# Functions without return, with bare return, returning from inside loops,
# and functions used before/after being rebound at module level.
def noop():
    pass


def early(n):
    for i in range(100):
        if i == n:
            return i * 10
        if i > 50:
            return
    print("fell off")


def f():
    return 1


print(noop(), early(3), early(70), early(200))
print(f())


def f():
    return 2


print(f())


def g(a, b, c):
    print(a, b, c)


r = g(1, 2.5, None)
print(r)


def zero_args():
    return "zero"


print(zero_args())


def many(a, b, c, d, e, f, g, h):
    return a - b + c - d + e - f + g - h


print(many(1, 2, 3, 4, 5, 6, 7, 8), many(2 ** 47, 1, 2 ** 47, 1, 0, 0, 0, 0))
