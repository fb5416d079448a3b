# Arithmetic crossing -2^47 downward (small -> bigint) and back up;
# -2^47 itself is still a small int, -2^47-1 is not.
N = -2 ** 47
print(N, N - 1, N + 1, N - 1 + 1 == N)
print(-N, -N - 1, abs(N), abs(N) - 1)
print(N // -1, N * -1, N % -1, divmod(N, -1))
print(N * 2, N * 2 // 2 == N, N + N, N - N)
print(N // 2, N // 3, N % 3, N // -3, N % -3)
c = N + 5
i = 0
while i < 10:
    print(c, c - N, c < N)
    c -= 1
    i += 1
while i > 0:
    c += 1
    i -= 1
print(c, c == N + 5)
print(-(2 ** 24) * 2 ** 23, -(2 ** 24) * 2 ** 24, 2 ** 24 * -(2 ** 23) - 1)
print(N - 1 < N, N <= N, N - 1 == N - 1, (N - 1) - (N - 2))
print(~N, ~(N - 1), ~(N + 1))
x = N
x -= 1
x += 2
print(x, x > N)
