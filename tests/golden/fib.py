# Golden test of the emitted C: a recursive numeric function (boxed entry,
# unboxed clone, guarded direct calls) and a module body with a loop.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(10):
    total += fib(i)
print("total", total, sep="=")
