# Ints between 2**47 and 2**63 (one GMP limb; the int64 fast path of the
# operators) and its edges: results that leave int64, INT64_MIN // -1,
# floor division and modulo signs, bitwise ops on negatives, and medium
# values made by different operators hashing and comparing equal.
B = [0, 1, -1, 7, -7, 2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**48, -2**48, 3 * 2**50 + 5,
     -(3 * 2**50 + 5), 2**62, -2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 + 3, -(2**64 + 3)]

for x in B:
    for y in B:
        out = [x + y, x - y, x * y, x & y, x | y, x ^ y, x < y, x == y, x >= y]
        if y:
            out += [x // y, x % y, divmod(x, y)]
        print(x, y, out)

# an LCG whose state crosses 2**48 on every step
x = 42
acc = 0
for _ in range(2000):
    x = (x * 1103515245 + 12345) % 2147483648
    acc ^= x
print(x, acc)
x = 7
for _ in range(500):
    x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
print(x)

# the same value made several ways: one hash, one dict entry
vals = [2**50, 2**49 * 2, (2**50 + 1) - 1, 2**51 // 2, (2**50) | 0, (2**50 + 2**62) % 2**62, -(-2**50), abs(-2**50)]
print(len(set(vals)), [hash(v) == hash(2**50) for v in vals])
d = {v: i for i, v in enumerate(vals)}
print(d)
print(hash(2**61 - 1), hash(2**61), hash(-2**61 + 1), hash(2**63 - 1), hash(-2**63))

# INT64_MIN corners
m = -2**63
print(m // -1, m % -1, m * -1, m - 1, m + m, -m, abs(m), m // 1, m % 3, m // 3)
print((2**63 - 1) + 1, (2**63 - 1) * 2, (2**62) * 2, (2**62) * -2, (-2**62) * 2)

# errors stay Python's
for op in ("//", "%"):
    try:
        print(2**50 // 0 if op == "//" else 2**50 % 0)
    except ZeroDivisionError as e:
        print(op, type(e).__name__, e)

# str/repr of small ints, both signs and the 48-bit edges
print(str(0), str(-1), str(10), repr(-140737488355328), str(140737488355327), str(-2**63), [9, -99, 1000])
print(sorted([2**50, -2**50, 3, 2**62, -2**63, 0, 2**47]), max(2**50, 2**49), min(-2**50, 2**60))
