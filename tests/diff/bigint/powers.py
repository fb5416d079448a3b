# Huge powers and their printing: 3**1000, 2**3000, 7**300, negative bases,
# and exact arithmetic on the results.
print(3 ** 1000)
print(2 ** 3000)
print((-7) ** 301)
print(2 ** 63, 2 ** 64, -2 ** 63, -2 ** 64, 2 ** 63 - 1, 2 ** 64 - 1)
print(2 ** 100 - 2 ** 99 == 2 ** 99, 3 ** 1000 // 3 ** 999, 3 ** 1000 % 3 ** 999)
print(10 ** 100 + 1, 10 ** 100 - 1)
print(2 ** 10000 % 1000000007, (2 ** 10000) >> 9990, (3 ** 2000) // 3 ** 1995)
x = 1
i = 0
while i < 200:
    x = x * 3
    i += 1
print(x == 3 ** 200, x)
while x > 1:
    x = x // 3
    i -= 1
print(x, i)
