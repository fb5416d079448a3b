# range() whose bounds or values cross the +-2^47 small-int boundary, and
# ranges entirely made of bigints.
B = 2 ** 47
for i in range(B - 3, B + 3):
    print(i, i - B, i * 2)
for i in range(-B + 2, -B - 3, -1):
    print(i, i + B)
for i in range(2 ** 64, 2 ** 64 + 3):
    print(i)
for i in range(-(2 ** 100), -(2 ** 100) + 10 ** 30 * 3, 10 ** 30):
    print(i)
for i in range(0, 2 ** 70, 2 ** 68):
    print(i)
for i in range(B + 2, B - 10, -5):
    print(i)
n = 0
for i in range(2 ** 100, 2 ** 100 + 1000):
    n += 1
print(n, i)
