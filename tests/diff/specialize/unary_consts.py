# Unary operators applied to negative constants inside unboxed clones
# (found by differential fuzzing: -(-1) must not become C's --1).
def f(a):
    s = -(-1) + ~(-1) + -(-a) + +(-a) - -(-2)
    if -(-a) > ~(-3):
        return -(-s) * 10
    return ~(~s) + ~(-a)


def g(x):
    return -(-(-x)) / -(-2.0)


print(f(0), f(1), f(7), f(-7), f(2 ** 46), g(3), g(-8))
