# hash() equal for equal numbers across int/float/complex/bool/Fraction-free values; hash of -1 is -2.
nums = [0, 1, -1, 2**60, 2**61 - 1, 2**61, 10**20, -10**20, 0.25, -0.25, 1e15, 2.0**62]
for n in nums:
    f = float(n)
    print(n, hash(n), hash(f), hash(n) == hash(f) if f == n else "-", hash(complex(f, 0)) == hash(f))
print(hash(-1), hash(-1.0), hash(-1 + 0j), hash(True), hash(False), hash(0.0) == hash(-0.0))
print(hash(complex(1, 1)), hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(1.5, -2.5)))
