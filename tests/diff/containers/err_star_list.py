x = 1
print([0, *x])
