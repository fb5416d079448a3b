# ValueError: range() with a step of zero.
for i in range(0, 3, 1):
    print(i)
for i in range(0, 3, 0):
    print(i)
