# inf and nan arising from arithmetic: overflow, inf-inf, inf*0; their
# comparisons, min/max behaviour and arithmetic propagation.
inf = 1e309
nan = inf - inf
print(inf, -inf, nan, -nan, inf * 0, inf / inf, inf + inf, inf * -1)
print(1e308 + 1e308, 1e308 * 2, -1e308 - 1e308, 2.0 ** 1023 * 2)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= 0)
print(inf == inf, inf > 1e308, -inf < -1e308, inf == -inf, inf > 10 ** 1000)
print(nan == 1, nan != 1, 1 < nan, (nan == nan) or 7)
print(inf - 1e308, 1 / inf, -1 / inf, 0.0 * inf, nan + 1, nan * 0)
print(abs(-inf), abs(nan), -abs(-inf), bool(nan), bool(inf), bool(-0.0))
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), min(1.0, nan), max(inf, nan))
print(max(-inf, 5), min(-inf, 5), max(inf, 10 ** 400), min(-inf, -(10 ** 400)))
print(5.0 % inf, -5.0 % inf, 5.0 % -inf, -5.0 % -inf)
print(5.0 // inf, -5.0 // inf, 5.0 // -inf, inf // 1, inf % 2.0)
print(divmod(5.0, inf), divmod(-5.0, inf), divmod(0.0, inf))
print(str(inf), repr(-inf), str(nan), float(inf), float(-inf))
print(float("inf"), float("-inf"), float("nan"), float("1e500"), float("-1e500"))
print(round(inf, 2), round(-inf, 3), round(nan, 1))
