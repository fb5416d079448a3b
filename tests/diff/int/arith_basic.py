# Small-int arithmetic: + - * unary minus/plus, precedence, mixed with
# literals in several bases, and augmented assignment.
a = 17
b = 5
print(a + b, a - b, a * b, -a, +a, -(-a))
print(a + b * 2 - 3, (a + b) * (2 - 3), a - b - b, a * -b)
print(0x1F, 0o17, 0b1011, 1_000_000, 0xdead_beef)
print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, -3 ** 2, 2 ** 3 ** 2)
x = 10
x += 5
print(x)
x -= 20
print(x)
x *= -3
print(x)
x //= 4
print(x)
x %= 7
print(x)
x **= 3
print(x)
x <<= 4
print(x)
x >>= 2
print(x)
x |= 0x100
print(x)
x &= 0xFF0
print(x)
x ^= 0x55
print(x)
y = 7
y /= 2
print(y)
t = 0
i = 0
while i < 100:
    t = t * 31 + i
    t = t % 1000003
    i += 1
print(t)
print(abs(-5), abs(5), abs(0), abs(-0))
