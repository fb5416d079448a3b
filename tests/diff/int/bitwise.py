# Bitwise & | ^ ~ on small ints, with negatives (two's complement view).
def row(a):
    print(a, -8, a & -8, a | -8, a ^ -8)
    print(a, -1, a & -1, a | -1, a ^ -1)
    print(a, 0, a & 0, a | 0, a ^ 0)
    print(a, 3, a & 3, a | 3, a ^ 3)
    print(a, 0xFF00, a & 0xFF00, a | 0xFF00, a ^ 0xFF00)


row(-17)
row(-1)
row(0)
row(1)
row(5)
row(255)
row(-256)
print(~0, ~1, ~-1, ~255, ~-256)
print(-1 & 0xFF, -256 | 15, -256 ^ -1, 0xF0F0 & ~0xFF)
M = 2 ** 47 - 1
print(M & -1, M | 0, M ^ M, M ^ -1, ~M, ~(-M - 1))
print(M | (M + 1), (M + 1) & M, (M + 1) ^ M, -(M + 1) & M)
