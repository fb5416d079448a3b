# Floor division and modulo with every sign combination on small ints:
# // rounds toward -inf, % takes the sign of the divisor, divmod agrees.
for a in range(-7, 8):
    for b in range(-3, 4):
        if b == 0:
            continue
        print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 2, -7 % 2, 7 % -2, -7 % -2)
print(1 // 3, -1 // 3, 0 // -5, 0 % -5)
print(100 % 7, -100 % 7, 100 % -7, -100 % -7)
