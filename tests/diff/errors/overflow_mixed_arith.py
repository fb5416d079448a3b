# OverflowError when a huge int meets a float in arithmetic (the int must
# be converted): 10**400 + 1.0.
print(10 ** 300 + 1.0)
print(10 ** 400 + 1.0)
