# OverflowError from float ** with a finite result too large: 2.0 ** 10000.
print(2.0 ** 1000)
print(2.0 ** 10000)
