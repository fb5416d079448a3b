x = None
for y in x:
    pass
