# Left and right shifts on small ints, including results that cross 2^47
# and 2^48, arithmetic right shift of negatives, and huge shift counts.
def show(n):
    print(n, 1 << n, -1 << n, (1 << n) >> n, (-1 << n) >> n, 5 << n >> (n + 1))


for n in range(0, 9):
    show(n)
for n in range(44, 51):
    show(n)
show(63)
show(64)
show(65)
show(100)
print(5 >> 1, -5 >> 1, -1 >> 1, -1 >> 100, 5 >> 1000, -5 >> 1000)
print(3 << 46, 3 << 47, -3 << 46, -3 << 47)
print((1 << 47) >> 1, (1 << 48) >> 1, (1 << 48) >> 48, (-1 << 48) >> 1)
print(0 << 1000, 0 >> 5, 1 << 0, 12345 >> 0)
x = 1
i = 0
while i < 60:
    x <<= 1
    i += 1
    if i % 6 == 0:
        print(i, x, x >> i)
while i > 0:
    x >>= 1
    i -= 1
print(x)
