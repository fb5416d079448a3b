# Sorting lists of 4096+ small ints (the radix path) must give timsort's
# result exactly: stability with a key (values ride along), reverse=True
# keeping equal items in order, negatives and the 48-bit edges, narrow and
# wide ranges, already sorted and all-equal input, and lists that leave the
# path (a bigint or a float among the keys, fewer than 4096 items).
def lcg(n, seed, mod):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % mod)
    return out


def digest(a):
    h = 0
    for v in a:
        h = (h * 31 + hash(v)) % 1000000007
    return h


a = lcg(10000, 1, 2147483648)
print(digest(sorted(a)), sorted(a)[:5], sorted(a)[-5:])
b = [v - 1073741824 for v in a]
print(digest(sorted(b)), sorted(b)[:3], sorted(b, reverse=True)[:3])
edges = [2**47 - 1, -2**47, 0, -1, 1] * 1000
print(digest(sorted(edges)), sorted(edges)[995:1005])
print(sorted([5] * 5000) == [5] * 5000, sorted(range(6000)) == list(range(6000)))
print(sorted(range(6000, 0, -1))[:3], sorted(range(0, 60000, 7), reverse=True)[:3])

# stability: equal keys keep their order, also with reverse=True
pairs = [(v % 10, i) for i, v in enumerate(lcg(8000, 3, 1000))]
s1 = sorted(pairs, key=lambda p: p[0])
print(s1[:4], s1[-4:], digest([p[1] for p in s1]))
s2 = sorted(pairs, key=lambda p: p[0], reverse=True)
print(s2[:4], s2[-4:], digest([p[1] for p in s2]))
words = [str(v) for v in lcg(5000, 5, 100000)]
by_len = sorted(words, key=len)
print(by_len[:5], by_len[-5:], digest(by_len))
objs = [[v] for v in lcg(5000, 9, 50)]
objs.sort(key=lambda o: o[0])
print(objs[:3], objs[-3:], digest([id(o) == id(o) for o in objs]))

# keys that are not all small ints: the comparison sort
mixed = lcg(5000, 11, 1000) + [2**60, -2**60, 3.5]
mixed.sort()
print(mixed[:3], mixed[-3:])
small = lcg(4095, 13, 100)
print(digest(sorted(small)), sorted(small)[:3])
bools = [True, False, 1, 0] * 2000
print(sorted(bools)[:6], sorted(bools)[3998:4003], type(sorted(bools)[0]).__name__)

# mutation from the key function is still detected
big = lcg(5000, 17, 100)
first = big[0]


def bad_key(v):
    if v == first:
        big.append(1)
    return v


try:
    big.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e)
