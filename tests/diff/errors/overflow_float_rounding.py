# float(2**1024 - 2**970) rounds (ties to even) up to 2**1024, which
# overflows, while one less rounds down to the largest finite double.
print(float(2 ** 1024 - 2 ** 970 - 1))
print(float(2 ** 1024 - 2 ** 970))
