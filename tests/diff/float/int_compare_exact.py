# Comparisons between ints and floats are exact, also far beyond 2**53,
# and NaN compares unequal to everything.
nan, inf = float("nan"), float("inf")
pairs = [(10 ** 30, 1e30), (2 ** 1000, 2.0 ** 1000), (2 ** 1000 + 1, 2.0 ** 1000), (2 ** 53 + 1, 2.0 ** 53),
         (2 ** 53 + 1, 2.0 ** 53 + 2), (-2 ** 63, -9.223372036854776e18), (2 ** 63 - 1, 9.223372036854776e18),
         (10 ** 400, inf), (-10 ** 400, -inf), (10 ** 400, 1e308), (0, -0.0), (1, 1.0000000000000002),
         (10 ** 16, 1e16), (10 ** 23, 1e23), (True, 1.0), (False, -0.0), (5, nan), (10 ** 400, nan)]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a, b > a)
print(nan == nan, nan != nan, nan < nan, nan >= nan, [nan] == [nan], nan in [nan], inf == inf, -inf < inf)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0, 2 ** 0), max(10 ** 30, 1e30), min(-0.0, 0), min(0, -0.0))
print(sorted([3, 1.5, 2 ** 70, -1e300, 0, -0.0, True, 1e21]))
print(hash(10 ** 30) == hash(1e30), hash(2 ** 70) == hash(2.0 ** 70), hash(-0.0), hash(1.5), hash(-2.5))
