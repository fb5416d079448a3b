rows = [[1, 2], [3]]
for *rest in rows:
    print(rest)
