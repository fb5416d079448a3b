s = "hello"
print(s[0], s[4], s[-1], s[-5])
u = "h\u00e9llo\U0001F600"
print(u[1], u[5], u[-1], u[-2])
print(s[1:3], s[:2], s[3:], s[::-1], s[::2], s[-3:-1])
print(u[::-1], u[1:6])
print(s[10:], s[-100:2], s[4:1], repr(s[5:]))
print("abc"[0], ("abc")[2])
