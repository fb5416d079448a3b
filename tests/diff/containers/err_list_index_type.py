xs = [1]
print(xs["a"])
