# Benchmark: nested integer loops -- sum of i*j % 7 over a 3000x3000 grid;
# measures range iteration, multiplication and modulo on small ints.
def grid(n):
    total = 0
    for i in range(n):
        for j in range(n):
            total += i * j % 7
    return total


print(grid(3000))
