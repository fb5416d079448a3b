xs = [0, 1, 2, 3, 4, 5]
xs[1:3] = ["a", "b", "c"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[0:1] = []
print(xs)
xs[::2] = [9, 9, 9, 9]
print(xs)
xs[:] = (7, 8)
print(xs)
xs[5:] = "xy"
print(xs)
xs[1:1] = []
print(xs)
ys = [0, 1, 2, 3, 4, 5, 6]
ys[::-3] = ["a", "b", "c"]
print(ys)
