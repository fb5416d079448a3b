# timsort against CPython: random and structured inputs of many sizes,
# stability with a user __lt__, reverse, keys, ints/floats/strs/tuples.
def lcg(n, seed, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out

class K:
    def __init__(self, v, i):
        self.v = v
        self.i = i
    def __lt__(self, other):
        return self.v < other.v

for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 1000, 5000, 20000]:
    for mod in [2, 10, 1000, 10**9]:
        a = lcg(n, n + mod, mod)
        b = sorted(a)
        ok = all([b[i] <= b[i + 1] for i in range(len(b) - 1)])
        ks = [K(v, i) for i, v in enumerate(a)]
        ks.sort()
        stable = all([ks[i].v < ks[i + 1].v or (ks[i].v == ks[i + 1].v and ks[i].i < ks[i + 1].i) for i in range(len(ks) - 1)])
        r = sorted(a, reverse=True)
        f = sorted([v * 0.5 for v in a])
        s = sorted([str(v) for v in a])
        t = sorted([(v % 3, v) for v in a])
        kk = sorted(a, key=lambda v: -v)
        print(n, mod, ok, stable, sum(b[::7]), r[:3], f[:3], s[:3], t[-2:], kk[:3])
# structured inputs
x = list(range(1000)) + list(range(500)) + list(range(2000, 1000, -1)) + [5] * 300
y = sorted(x)
print(y == sorted(x, key=lambda v: v), y[::97])
z = [i % 17 for i in range(3000)]
z.sort(reverse=True)
print(z[::101])
mixed = [3, 1.5, 2, 10**20, -1, 0.25, True]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
big = [10**30 - i for i in range(100)] + [5, -10**25]
print(sorted(big)[:3])
uni = ["é", "e", "z", "", "ab", "a", "€", "😀", "\x7f"]
print(sorted(uni))
