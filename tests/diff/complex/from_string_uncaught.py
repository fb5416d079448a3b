# Uncaught ValueError: complex() of a malformed string.
print(complex("1+2j"))
print(complex("1+2i"))
