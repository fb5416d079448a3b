# ValueError for a negative shift count, with a bigint operand.
print(2 ** 100 >> 99, 1 << 3)
n = -1
print(2 ** 100 << n)
