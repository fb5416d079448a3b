# The first program: recursion, big integers, floats and print.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("Hello from molt2c!")
print("fib(25) =", fib(25))
print("2 ** 100 =", 2**100)
print("1 / 3 =", 1 / 3)
