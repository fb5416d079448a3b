xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[::3], xs[1::2])
print(xs[::-1], xs[::-2], xs[8:2:-2], xs[-3:], xs[:-3], xs[-3:-1])
print(xs[100:], xs[-100:3], xs[5:2], xs[2:5:-1])
print(xs[None:None], xs[None:3:None])
t = tuple(xs) if False else (0, 1, 2, 3, 4)
print(t[1:3], t[::-1], t[5:], t[-2:])
s = "abcdef"
print(s[1:4], s[::-1], s[::2], s[4:1:-1])
i, j = 1, 4
print(xs[i:j], xs[i:j:i + 1], xs[-j:-i])
print(xs[2**70 : 2**71], xs[-2**70 : 2])
print(xs[True:3])
