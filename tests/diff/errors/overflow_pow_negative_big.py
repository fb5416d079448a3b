# A negative exponent converts the base to float: (10**400) ** -1 overflows
# in that conversion (OverflowError), although 1/(10**400) is 0.0.
print(1 / 10 ** 400, (10 ** 300) ** -1)
print((10 ** 400) ** -1)
