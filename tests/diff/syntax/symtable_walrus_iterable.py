data = [1, 2, 3]
print([x for x in (rows := data)])
