# set order under many mixed insertions and deletions (dummy reuse,
# resizes): a deterministic pseudo-random sequence of |=, -=, ^=, &=
s = set()
x = 12345
out = 0
for step in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 500 - 100
    op = (x >> 16) % 7
    if op < 3:
        s |= set((k, k * 31))
    elif op < 5:
        s -= set((k, k + 1, k * 31))
    elif op == 5:
        s ^= set((k,))
    elif len(s) > 300:
        s &= set(range(-100, 200))
    if step % 250 == 0:
        print(len(s), list(s) if len(s) < 40 else len(list(s)), min(s, default=0), max(s, default=0), hash(frozenset(s)))
print(s)
t = set()
for i in range(200):
    t |= set((str(i),))
    if i % 3 == 0:
        t -= set((str(i // 2),))
print(t)
