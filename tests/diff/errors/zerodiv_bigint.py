# ZeroDivisionError from a bigint dividend: 10**30 // 0.
big = 10 ** 30
print(big // 7, big % 7)
print(divmod(big, 0))
