# for loops with break/continue and else clauses, nested; prime search via
# the classic for-else idiom.
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, end=" ")
print()
for i in range(5):
    if i == 10:
        break
else:
    print("completed", i)
for i in range(5):
    if i == 2:
        continue
    if i == 4:
        break
    print("body", i)
else:
    print("skipped")
for i in range(0):
    break
else:
    print("empty else")
count = 0
for a in range(10):
    for b in range(10):
        if b > a:
            break
        if (a + b) % 2:
            continue
        count += 1
print(count)
for i in range(3):
    for j in range(3):
        if j == 1:
            continue
        print(i, j, end="; ")
    else:
        print("inner else", i)
