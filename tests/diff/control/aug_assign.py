# Augmented assignment on module-level and local variables, across types
# (int -> bigint -> float), and in loops.
x = 2 ** 46
x += x
print(x)
x += x
print(x)
x -= 2 ** 47 + 1
print(x)
x *= 2 ** 20
print(x)
x //= 2 ** 20
print(x)
x /= 4
print(x)
x **= 2
print(x)
x %= 1000
print(x)
y = 5
y **= 30
print(y)
y >>= 60
print(y)
y <<= 3
print(y)
y |= 2 ** 50
print(y)
y &= ~(2 ** 50)
print(y)
y ^= -1
print(y)


def f(a):
    a += 1
    a *= 3
    a -= 2 ** 48
    a //= -7
    return a


print(f(0), f(2 ** 48), f(-(2 ** 47)))
s = 0
for i in range(10):
    s += i
    s *= 2
print(s)
b = True
b += True
print(b)
z = 1.5
z //= 0.4
print(z)
z %= 0.7
print(z)
