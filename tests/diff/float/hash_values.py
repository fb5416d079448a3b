# hash() of floats is CPython's (_Py_HashDouble): equal ints and floats
# hash alike, signed zeros, infinities, subnormals, huge values.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 1e16, 1e300, -1e300, 5e-324, 2.2250738585072014e-308,
        float("inf"), float("-inf"), 2.0 ** 61, 2.0 ** 61 - 2 ** 8, 2.0 ** 62, 2.0 ** 63, 1 / 3, 123456.789]
for v in vals:
    print(repr(v), hash(v))
for i in [1, 2 ** 30, 2 ** 53, 2 ** 61 - 1, 2 ** 61, 2 ** 64, 10 ** 20]:
    print(i, hash(i) == hash(float(i)), hash(-i) == hash(-float(i)))
x = 0.3
for i in range(100):
    x = 3.8 * x * (1 - x)
    print(hash(x), hash(x * 2.0 ** (i * 10 - 500)))
