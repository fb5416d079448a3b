xs = [10, 20, 30, 40]
print(xs[0], xs[1], xs[3], xs[-1], xs[-4])
xs[0] = 11
xs[-1] = 44
print(xs)
xs[1] += 5
xs[2] -= 1
xs[3] *= 2
print(xs)
i = 0
while i < 4:
    xs[i] = xs[i] * 10
    i += 1
print(xs)
print(xs[True], xs[False])
m = [[1, 2], [3, 4]]
m[1][0] = 30
m[0][1] += 100
print(m, m[1][1], m[-1][-1])
a = b = [0, 0]
a[0] = 1
print(b)
print([1, 2, 3][1], (4, 5, 6)[2], "xyz"[1])
