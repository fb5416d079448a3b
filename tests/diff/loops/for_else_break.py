for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("no break")
print("broke at", x)
for x in [1, 2, 3]:
    pass
else:
    print("else ran", x)
for x in []:
    pass
else:
    print("else on empty")
for x in "abcdef":
    if x in "bd":
        continue
    if x == "e":
        break
    print(x)
else:
    print("unreachable")
for i in [1, 2]:
    for j in "xy":
        if j == "y":
            break
        print(i, j)
    else:
        print("inner else")
    print("after inner", i)
