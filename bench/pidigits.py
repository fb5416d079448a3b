# Benchmark: bigint arithmetic -- pi to 6000 decimal digits with Machin's
# formula, pi = 16*atan(1/5) - 4*atan(1/239), in fixed-point integers,
# computed 20 times.
# Prints the first and last 50 digits (whole-number printing is capped at
# 4300 digits by CPython 3.11).
def arctan_inv(x, one):
    total = one // x
    x2 = x * x
    term = total
    n = 1
    sign = -1
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    guard = 10
    one = 10 ** (digits + guard)
    pi = 16 * arctan_inv(5, one) - 4 * arctan_inv(239, one)
    return pi // 10 ** guard


def run(digits, rounds):
    p = 0
    for r in range(rounds):
        p = pi_digits(digits)
    return p


p = run(6000, 20)
print(p // 10 ** 5950)
print(p % 10 ** 50)
