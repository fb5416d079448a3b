# Bitwise & | ^ ~ on bigints with negatives: Python's infinite two's
# complement semantics, and results that fall back into small ints.
a = 2 ** 70 + 12345
b = -(2 ** 65) - 999
print(~(2 ** 70), ~(-(2 ** 70)), ~a, ~b)
print(a & b, a | b, a ^ b)
print(-a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(-(2 ** 70) & (2 ** 64 - 1), -(2 ** 70) | 1, (2 ** 100) ^ -1)
print(-(2 ** 100) ^ -(2 ** 99), -(2 ** 100) & -(2 ** 99), -(2 ** 100) | -(2 ** 99))
print(a & 0xFFFF, b & 0xFFFF, a & -65536, b | 0xFF)
print((2 ** 64 + 5) & 7, (2 ** 64 + 5) ^ (2 ** 64), -(2 ** 64) ^ -(2 ** 64))
print((2 ** 48) & (2 ** 48 - 1), (2 ** 48 - 1) & -(2 ** 47), (2 ** 47) | -(2 ** 47))
print(~(2 ** 47), ~(2 ** 47 - 1), ~(-(2 ** 47) - 1), ~~(2 ** 80))
m = 2 ** 128 - 1
print(m & -m, (m + 1) & -(m + 1), m ^ (m >> 1))
