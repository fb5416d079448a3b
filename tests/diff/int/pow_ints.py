# ** and pow() on ints: non-negative exponents stay int (may become huge),
# negative exponents give floats; 3-argument pow incl. negative modulus
# and modular inverse.
print(2 ** 10, 2 ** 47, 2 ** 48, (-2) ** 47, (-2) ** 48, 7 ** 20)
print(2 ** -1, 2 ** -2, (-2) ** -3, 10 ** -1, 3 ** -2, 1 ** -5, (-1) ** -3)
print(2 ** -1074, 2 ** -1075, 10 ** -400, 2 ** -1022)
print(pow(2, 10), pow(2, -1), pow(-3, 3), pow(0, 0), pow(5, 0))
print(pow(2, 3, 5), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, 200, 1000000007), pow(2, 0, 7), pow(2, 5, 1), pow(0, 0, 3))
print(pow(3, -1, 7), pow(2, -1, 5), pow(10, -2, 13), pow(-3, -1, 11))
print(pow(12345, 67890, 2 ** 61 - 1), pow(3, 10 ** 6, 10 ** 9))
print((-1) ** 1000001, (-1) ** 1000000, 0 ** 5, 1 ** 999999)
