# Nested functions without free variables, and a nested def shadowing a
# global name inside the function only.
def outer(n):
    def square(k):
        return k * k

    def fib(k):
        return k
    return square(n) + fib(n)


def fib(k):
    return -k


print(outer(3), outer(-4), fib(3))
