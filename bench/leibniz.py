# Benchmark: the Leibniz series for pi with 12 million terms -- a tight float
# loop (division, addition, sign flip) with an int loop counter.
def leibniz(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4.0 * s


print(leibniz(12000000))
