s = "aé日🐍bü"
print(s[::2], s[1::2], s[::-1], s[::-2], s[-2::-3], s[4:1:-1], s[10:], s[-100:2], s[2:2], s[3:1])
print(s[0], s[-1], s[5], s[-6], len(s), [c for c in s], list(reversed(s)), s[1:-1])
z = "e\u0301x"
print(len(z), z[1] == "\u0301", z[::-1] == "x\u0301e", "x" + "\u0301")
print("abc"[True], "abc"[-True], "🐍"[0], "🐍"[-1], "abc"[::1] is "abc"[::1] or True)
big = "€" * 1000
print(big[::100], len(big[::3]), big[999], big[-1000])
