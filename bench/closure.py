# Closure-heavy workload: counters, accumulators and adders made by
# factories and called in loops (free variable reads, nonlocal writes,
# calls through closures).


def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def make_adder(n):
    def add(x):
        return x + n

    return add


def make_accumulator(start):
    total = start

    def acc(x):
        nonlocal total
        total += x
        return total

    return acc


def compose(f, g):
    return lambda x: f(g(x))


def run(n):
    counter = make_counter()
    acc = make_accumulator(0)
    add3 = make_adder(3)
    add5 = make_adder(5)
    add8 = compose(add3, add5)
    s = 0
    for i in range(n):
        counter()
        s = acc(add8(i) - i) + s % 7
    for i in range(n // 100):
        s += make_adder(i)(i) + make_counter()()
    return counter(), acc(0), s


print(run(3000000))
