data = {"a": [1, 2], "b": [], "c": [3]}
for k in data:
    for v in data[k]:
        print(k, v)
    else:
        print("done", k)
words = ["alpha", "beta"]
for w in words:
    for i in range(2):
        for ch in w[i:i + 2]:
            print(w, i, ch)
s = 0
for row in [[1, 2], [3, 4]]:
    for cell in row:
        s += cell
print(s)
