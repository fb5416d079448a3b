# divmod, // and % on pseudo-random float and mixed int/float pairs of
# every sign and magnitude, compared with CPython.
x = 987654321
def rnd():
    global x
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return x
for i in range(1500):
    a = (rnd() % 10 ** 6 - 5 * 10 ** 5) / 10 ** (rnd() % 8)
    b = (rnd() % 10 ** 4 - 5000) / 10 ** (rnd() % 5) * 2.0 ** (rnd() % 40 - 20)
    if b == 0:
        continue
    print(repr(a), repr(b), divmod(a, b), a // b == divmod(a, b)[0], repr(a % b))
    n = rnd() % 2001 - 1000
    print(n, divmod(n, b), divmod(b, n) if n else "-", n % b)
