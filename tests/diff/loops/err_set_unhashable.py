s = {1}
for k in s:
    print(k)
print([1] in s)
