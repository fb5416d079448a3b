# Arithmetic crossing +2^47 upward (48-bit small int -> bigint) and back.
M = 2 ** 47 - 1
print(M)
print(M + 1, M + 2, 1 + M, M + M)
x = M
x += 1
print(x, x - 1, x - 1 == M)
y = x - 1
print(y, y == M, y + 0 == M)
print(M * 2, M * 2 // 2, (M * 2) // 2 == M)
print(2 ** 23 * 2 ** 24, 2 ** 24 * 2 ** 24, 2 ** 24 * 2 ** 24 - 1)
print((M + 1) // 2, (M + 10) - 20, (M + 10) - 20 < M)
print(M + 1 > M, M + 1 >= M + 1, M + 1 != M, M < M + 1)
print(-(-M - 1), abs(-M - 1), abs(-M - 2))
c = M - 5
i = 0
while i < 10:
    print(c, c - M, c > M)
    c += 1
    i += 1
while i > 0:
    c -= 1
    i -= 1
print(c, c == M - 5)
print(M % 1000, (M + 1) % 1000, (M + 1) % -1000)
print(M // 3, (M + 1) // 3, (M + 2) // -3)
print((M + 1) * 0, (M + 1) - (M + 1), (M + 1) * 1 - M)
