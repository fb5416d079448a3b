# int ** negative int gives a float even for bigint bases and results that
# underflow; int ** non-negative int whose result crosses 2^47 / 2^63.
print((2 ** 100) ** -1, (-3) ** -5, (10 ** 300) ** -1, (-(2 ** 60)) ** -2)
print(2 ** -1, 7 ** -300, (2 ** 47) ** -1, (-(2 ** 47)) ** -1, 10 ** -323, 10 ** -324)
print(pow(2 ** 70, -1), pow(-1, -(2 ** 70)), pow(1, -(10 ** 30)), pow(-1, 2 ** 70 + 1))
for e in range(44, 50):
    print(e, 2 ** e, (-2) ** e, 2 ** e - 1, -(2 ** e))
for e in range(61, 66):
    print(e, 2 ** e, (-2) ** e, 3 ** e)
b = 2 ** 24
print(b ** 2, b ** 2 - 1, (-b) ** 2, (-b) ** 3, b ** 3 // b ** 2)
