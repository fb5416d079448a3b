ys = [q for q in range(3)]
print(ys)
print(q)
