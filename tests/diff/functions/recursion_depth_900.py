# Recursion to depth 900 must work (CPython's default limit is 1000); the
# sum of 1..900 by plain and mutual recursion, and a depth-900 chain twice.
def down(n):
    if n == 0:
        return 0
    return n + down(n - 1)


def a(n):
    if n == 0:
        return 0
    return 1 + b(n - 1)


def b(n):
    if n == 0:
        return 0
    return 2 + a(n - 1)


def depth_big(n):
    if n == 0:
        return 2 ** 100
    return depth_big(n - 1) + n


print(down(900))
print(a(900))
print(down(900) + down(900))
print(depth_big(900))
