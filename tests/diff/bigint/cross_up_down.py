# Values that repeatedly cross the +-2^47 small/big boundary in loops; the
# result of big arithmetic that fits 48 bits must behave like a small int.
B = 2 ** 47
x = B - 3
i = 0
while i < 6:
    print(x, x + 1 - 1 == x, x * 2 // 2 == x, x - B)
    x += 1
    i += 1
x = -B + 3
while i > 0:
    print(x, x - 1 + 1 == x, x * 3 // 3 == x, x + B)
    x -= 1
    i -= 1
big = 2 ** 100
small = big - (2 ** 100 - 12345)
print(small, small + 1, small * small, small == 12345, small // 5, small % 7)
neg = -big + (2 ** 100 - 99)
print(neg, neg * -1, neg // 2, neg % 10, neg < 0)
y = 2 ** 48 * 2 ** 48
y = y // 2 ** 48
print(y, y // 2, y // 2 - 1, (y // 2 - 1) + 1)
z = -y
print(z, z // 2, z // 2 + 1, z + y)
acc = 0
for k in range(100):
    acc = acc + 2 ** 46
print(acc, acc // 100 == 2 ** 46)
for k in range(100):
    acc = acc - 2 ** 46
print(acc, acc == 0)
