# Uncaught ValueError from float() of a malformed string.
print(float(" 1_0.5 "))
print(float("1.5x"))
