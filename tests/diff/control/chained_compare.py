# Chained comparisons: a < b < c evaluates b once and stops at the first
# false link; mixing comparison operators and types.
def v(x):
    print("eval", x)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 <= 1 < 2, 1 == 1 != 2, 1 != 1 == 1)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
print(v(1) == v(2) == v(3))
a = 5
print(0 < a < 10, 0 < a < 5, -1 < -a < 0, a > 4 >= 4 > 3, 1 < a < 2 ** 100)
print(1 < 2.5 < 3, 2 ** 47 - 1 < 2 ** 47 < 2 ** 47 + 1, 0 == 0.0 == -0.0 == False)
x = 1e309
print(-x < 0 < x, x - x < 1 or 2, 0 < 1 < 2 < 3 < 4 < 5 < 6, 0 < 1 < 2 < 3 < 2 < 5)
if 0 <= a < 10:
    print("in range")
while 0 < a <= 5:
    a -= 2
print(a)
