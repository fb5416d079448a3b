# while loops with else clauses: else runs on normal termination only, not
# after break; continue inside while; nested while with break.
n = 0
while n < 5:
    n += 1
else:
    print("else ran", n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        break
else:
    print("not printed")
print("broke at", n)
n = 0
while n > 0:
    print("never")
else:
    print("else on zero iterations")
total = 0
i = 0
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 15:
        break
    total += i
else:
    print("not printed either")
print(total, i)
i = 0
while True:
    j = 0
    while j < i:
        if j == 3:
            break
        j += 1
    else:
        print("inner done", i, j)
        i += 1
        continue
    print("inner broke", i, j)
    if i > 5:
        break
    i += 1
print(i)
