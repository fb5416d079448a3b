# class A(int): construction, repr, arithmetic results are plain ints
class A(int):
    pass


a = A(5)
print(a, repr(a), type(a) is A, type(a).__name__)
print(isinstance(a, int), isinstance(a, A), issubclass(A, int))
print(A(), A(-3), A(True), A(2.9), A("  42 "), A("-7"))
print(A("ff", 16), A("0x1f", base=0), A("101", base=2))
b = a + 1
print(b, type(b))
for r in (a - 2, a * 3, a // 2, a % 3, a ** 2, -a, +a, ~a, abs(A(-4)), a << 2, a >> 1, a & 3, a | 8, a ^ 1):
    print(r, type(r).__name__)
print(a / 2, type(a / 2).__name__)
print(1 + a, 10 - a, 2 * a, 20 // a, 2 ** a, type(1 + a).__name__)
print(a + a, type(a + a).__name__)
print(int(a), type(int(a)).__name__, float(a), str(a), type(str(a)).__name__)
print(bool(A(0)), bool(a), not A(0))
print(a == 5, a != 5, a < 6, a <= 4, a > 4, a >= 6, 5 == a, 4 < a)
print(a == 5.0, a < 5.5, 5.5 > a)
