d = {}
print(d[(1, "x")])
