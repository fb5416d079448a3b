d = {1: 2}
print(d[{}])
