# Recursive functions: fib, Ackermann, gcd, power by squaring on bigints,
# mutual recursion, and the Hanoi move count.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def power(b, e):
    if e == 0:
        return 1
    h = power(b, e // 2)
    if e % 2:
        return h * h * b
    return h * h


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def hanoi(n, a, b, c):
    if n == 0:
        return 0
    return hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a)


print(fib(20), ack(2, 3), ack(3, 3))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(-48, 18))
print(power(3, 1000) == 3 ** 1000, power(-2, 63), power(7, 0))
print(is_even(100), is_odd(77), is_even(3))
print(hanoi(12, 1, 2, 3))
