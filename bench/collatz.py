# Benchmark: Collatz chain lengths for every start below 150000 -- while
# loops with branches, // and * on ints, values that exceed 2^32.
def longest(limit):
    best = 0
    best_n = 0
    total = 0
    for n in range(1, limit):
        m = n
        steps = 0
        while m != 1:
            if m % 2 == 0:
                m = m // 2
            else:
                m = 3 * m + 1
            steps += 1
        total += steps
        if steps > best:
            best = steps
            best_n = n
    print(best_n, best, total)


longest(150000)
