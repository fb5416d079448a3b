d = {1: 1}
print(d[2])
