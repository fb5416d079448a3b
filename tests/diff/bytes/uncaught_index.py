b = b'abc'
print(b[1])
print(b[3])
