# TypeError: range() with a float argument.
for i in range(2):
    print(i)
for i in range(2.5):
    print(i)
