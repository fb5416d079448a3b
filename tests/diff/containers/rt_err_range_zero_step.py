# range() with step 0
print(list(range(0, 5, 2)))
range(1, 2, 0)
