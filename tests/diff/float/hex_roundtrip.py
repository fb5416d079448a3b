# hex() and fromhex() are exact inverses; as_integer_ratio() agrees.
x = 0.7
n = 0
for i in range(3000):
    x = x * 3.9 * (1 - x) if 0 < x < 1 else 0.3
    for v in [x, x * 2.0 ** (i % 300 - 150), -x * 2.0 ** -(i % 1100)]:
        h = v.hex()
        if float.fromhex(h) != v:
            print("mismatch", repr(v), h)
        a, b = v.as_integer_ratio()
        if a / b != v:
            print("ratio mismatch", repr(v), a, b)
        n += 1
print(n, "checked")
