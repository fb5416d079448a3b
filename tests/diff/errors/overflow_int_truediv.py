# OverflowError: int / int whose exact quotient exceeds the float range.
print(10 ** 400 / 10 ** 100)
print(10 ** 400 / 3)
