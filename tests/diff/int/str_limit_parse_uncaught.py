# Uncaught: int() of a 5000-digit decimal string exceeds the limit.
s = "9" * 5000
print(len(s))
print(int(s))
