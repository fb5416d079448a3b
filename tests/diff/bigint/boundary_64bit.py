# Edges around 2^63 and 2^64 (where a C int64 would overflow): +, -, *, //,
# %, negation and comparisons must all stay exact.
A = 9223372036854775807
print(A + 1, A * 2, A * A, -A - 1, -A - 2, (A + 1) // 2)
print(-(-A - 1), abs(-A - 1), (-A - 1) // -1, (-A - 1) % -1, (-A - 1) * -1)
U = 18446744073709551615
print(U + 1, U * U, U // 3, U % 1000, -U, U - A - A)
print(4294967296 * 4294967296, 4294967295 * 4294967297, 3037000500 * 3037000500)
print(A > 2 ** 63 - 2, A + 1 == 2 ** 63, U + 1 == 2 ** 64, -(2 ** 63) == -A - 1)
print(2 ** 62 + 2 ** 62, 2 ** 63 + 2 ** 63, -(2 ** 62) - 2 ** 62, -(2 ** 63) - 2 ** 63)
x = 1
for k in range(70):
    x = x * 2
    if k > 58:
        print(k, x, x - 1, -x, x // 3)
