# A float loop in the style of the Leibniz pi series; checks that repeated
# float accumulation rounds exactly like CPython (IEEE double, no fused ops).
s = 0.0
sign = 1.0
for k in range(100000):
    s += sign / (2 * k + 1)
    sign = -sign
print(s * 4)
a = 1.0
b = 0.0
for k in range(1000):
    a = a * 1.0001 + 0.5 / (k + 1)
    b = b - a / 3.0 + k * 0.001
print(a, b)
x = 0.5
for k in range(200):
    x = 3.9 * x * (1.0 - x)
print(x)
