# Bigint // and % with all sign combinations, big/small mixes, and the
# invariant (a // b) * b + a % b == a.
def show(a, b):
    q = a // b
    r = a % b
    print(q, r, divmod(a, b), q * b + r == a)


A = 3 ** 100 + 17
C = 2 ** 70 + 5
show(A, C)
show(-A, C)
show(A, -C)
show(-A, -C)
show(A, 7)
show(-A, 7)
show(A, -7)
show(-A, -7)
show(7, C)
show(-7, C)
show(7, -C)
show(-7, -C)
show(2 ** 64, 2 ** 32)
show(-2 ** 64, 2 ** 32)
show(-2 ** 64, 2 ** 32 + 1)
show(2 ** 47, 1)
show(-2 ** 47, -1)
show(2 ** 100, 2 ** 100)
show(2 ** 100, -(2 ** 100))
show(-(2 ** 100) - 1, 2 ** 100)
print(divmod(10 ** 30, 7), divmod(-10 ** 30, 7), divmod(10 ** 30, -(10 ** 15) - 1))
print(-(2 ** 63) // -1, (-(2 ** 63)) % -1, -(2 ** 64) // 3)
