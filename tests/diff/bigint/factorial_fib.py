# Classic bigint workloads: factorial, Fibonacci, digit sums, gcd, integer
# square root by Newton's method.
def fact(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


def fib(n):
    a = 0
    b = 1
    for k in range(n):
        t = a + b
        a = b
        b = t
    return a


def digit_sum(n):
    s = 0
    while n > 0:
        s += n % 10
        n //= 10
    return s


def gcd(a, b):
    while b:
        t = a % b
        a = b
        b = t
    return a


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


print(fact(100))
print(fib(500))
print(digit_sum(fact(300)), digit_sum(2 ** 1000))
print(gcd(fact(60), fib(300)), gcd(2 ** 200 - 1, 2 ** 120 - 1), gcd(-(2 ** 80), 6 ** 40))
print(isqrt(2 * 10 ** 200))
print(isqrt(10 ** 100) == 10 ** 50, isqrt(2 ** 127))
print(fact(25) // fact(23), fact(30) % (2 ** 64), fib(100) * fib(101) - fib(102) * fib(99))
