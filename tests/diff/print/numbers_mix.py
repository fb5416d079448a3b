# Printing mixed numeric values in one call: ints, bigints, floats (incl.
# special values), bools and None, separated by default spaces.
print(0, -1, 1.0, -1.0, True, None, 2 ** 47, -(2 ** 47) - 1, 1e100)
print(10 ** 50, -(10 ** 50), 10.0 ** 50, 1e-50, 123456789.123456789)
print(2 ** 47 / 3, 2 ** 48 // 3, -(2 ** 48) // 3, (2 ** 48) % -3)
print(1e309, -1e309, 1e309 * 0, 5e-324 / 2, 5e-324 * 0.6)
v = 1
for i in range(12):
    v *= -37
    print(v, v / 7, v % 11, v // 13)
