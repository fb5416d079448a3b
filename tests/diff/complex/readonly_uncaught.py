# Uncaught AttributeError: complex's real part is a read-only member.
z = 1 + 2j
print(z.real)
z.real = 5.0
