# Nested for/while loops with accumulators: a small deterministic workload
# mixing int ops, modulo, and comparisons (multiplication table checksums).
total = 0
for i in range(1, 30):
    for j in range(1, 30):
        total += i * j % 7
print(total)
h = 0
for i in range(200):
    h = (h * 131 + i) % 1000000007
    h ^= h >> 3
print(h)
count = 0
n = 1
while n < 2000:
    m = n
    steps = 0
    while m != 1:
        if m % 2 == 0:
            m //= 2
        else:
            m = 3 * m + 1
        steps += 1
    if steps > 100:
        count += 1
    n += 1
print(count)
best = 0
bi = 0
for i in range(1, 100):
    for j in range(i, 100):
        p = i * j
        if p % 11 == 7 and p > best:
            best = p
            bi = i
print(best, bi)
