# OverflowError converting a huge int to float explicitly: float(10**400).
print(float(10 ** 300))
print(float(10 ** 400))
