# every operator on int subclass instances, both sides, with other numbers
class A(int):
    pass


class B(A):
    pass


xs = [A(7), B(-3), 4, 2.5, True]
for x in xs:
    for y in xs:
        print(x + y, x - y, x * y, x < y, x == y, x >= y)
        if y != 0:
            print(x / y, x // y, x % y, divmod(x, y))
print(A(6) & B(3), A(6) | 1, 1 ^ A(6), A(1) << B(4), A(256) >> 4)
print(pow(A(3), 4), pow(A(3), 4, 5), pow(2, A(10)), A(2) ** -1)
print(round(A(15), -1), abs(B(-9)), -B(2), type(-B(2)).__name__)
print(hash(A(5)) == hash(5), hash(A(-1)), {A(1): "a"}[1], {1: "x"}[A(1)])
print(max(A(3), A(9), 4), min([B(5), A(2)]), sum([A(1), A(2), B(3)]))
print(sorted([A(3), 1, B(2)]))
print([10, 20, 30][A(1)], (1, 2, 3)[B(-1)])
