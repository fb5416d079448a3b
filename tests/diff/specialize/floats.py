# Unboxed clones with float arithmetic: true division, mixed int/float,
# comparisons across types, inf and -0.0 results.
def mean(a, b):
    return (a + b) / 2


def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s = s + 1 / k
    return s


def scale(x):
    return x * 1e308 * 10


def signed_zero(x):
    return -(x * 0.0)


def ratio(a, b):
    return a / b


print(mean(1, 2), mean(-3, 3), mean(2 ** 46, 2 ** 46), harmonic(10), harmonic(1000))
print(scale(1), scale(-1), scale(0), signed_zero(1), signed_zero(-1))
print(ratio(1, 3), ratio(2 ** 47 - 1, 7), ratio(-7, 2))
print(ratio(1, 0))
