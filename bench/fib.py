# Benchmark: recursive fib(32) -- function call overhead and small-int
# arithmetic (about 7 million calls).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(32))
