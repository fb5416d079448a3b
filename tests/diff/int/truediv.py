# Int / int true division always gives a float, correctly rounded.
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 2 / 3, -1 / 3)
print(0 / 5, 0 / -5, 1 / 7, 22 / 7, 10 / 4, 1 / 1)
print(9007199254740993 / 1, 9007199254740993 / 3)
print(140737488355327 / 140737488355328, 140737488355328 / 2)
print(1 / 1024, 1 / 1000, 123456789 / 1000)
i = 1
while i < 12:
    print(i, 1 / i, i / 7)
    i += 1
