# int(s, base) for every base 2..36 on pseudo-random values, digits in
# both cases, with signs and underscores; round trip through a
# hand-written formatter (no str methods).
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
UPPER = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
def fmt(n, b, digits=DIGITS):
    if n == 0:
        return "0"
    s = ""
    m = abs(n)
    while m:
        s = digits[m % b] + s
        m //= b
    return ("-" if n < 0 else "") + s
x = 42
for b in range(2, 37):
    for i in range(8):
        x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        n = (x >> (i * 7)) - 2 ** 40 * i
        s = fmt(n, b)
        u = fmt(n, b, UPPER)
        under = s[:2] + "_" + s[2:] if len(s) > 3 and s[1] != "_" and s[0] != "-" else s
        print(b, s, int(s, b) == n, int(u, b) == n, int(under, b) == n, int(" " + s + "\n", b))
for b, p, P in [(2, "0b", "0B"), (8, "0o", "0O"), (16, "0x", "0X")]:
    print(int(p + "101", 0), int(P + "101", b), int("-" + p + "1_0", b))
