# Uncaught OverflowError from complex exponentiation.
z = 1e200 + 1e200j
print(z ** 1)
print(z ** 2)
