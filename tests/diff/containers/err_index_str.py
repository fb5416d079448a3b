s = "ab"
print(s[5])
