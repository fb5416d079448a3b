# float arithmetic mixed with ints and bools: promotion, ** with float
# exponents, negative exponents, abs/min/max on mixes.
print(1 + 2.0, 3 * 0.5, 7 - 0.25, 2 / 4.0, True + 0.5, False * 2.5)
print(2.0 ** 10, 2 ** 0.5, 4.0 ** 0.5, 2.0 ** -2, 10.0 ** -400, 0.5 ** 1074, 0.5 ** 1075)
print((-2.0) ** 3, (-2.0) ** 2, (-8.0) ** 3.0, 0.0 ** 0, 0.0 ** 0.0, 1.0 ** 1e308, (-1.0) ** 1e308)
print(pow(2.0, 3), pow(2, 3.0), pow(1.5, -2), pow(9, 0.5), pow(-2, -2))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(-1e308), -abs(-3.25))
print(max(1, 2.0), max(2, 2.0), max(2.0, 2), min(2.0, 2), min(2, 2.0), min(-0.0, 0.0), min(0.0, -0.0))
print(max(1, 2.5, 2), min(3, 2.5, True), max(False, -0.5), min(True, 1.0), max(-1, -1.0))
print(0.1 + 0.7, 0.1 * 0.7, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 3 * 0.1 == 0.3)
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 2 ** 47 + 0.5, -(2 ** 47) - 0.5)
print(10 ** 20 * 1.0, 10 ** 300 * 1e-300, 2 ** 1000 / 1e300, 1e300 * 10 ** 8)
s = 0.0
k = 1
while k <= 1000:
    s += 1.0 / k
    k += 1
print(s)
t = 0.0
for k in range(1, 10001):
    t += 0.0001
print(t, t == 1.0)
x = 1.0
n = 0
while x != x + 1:
    x *= 2
    n += 1
print(x, n)
