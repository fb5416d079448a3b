# Exceptions in loops: caught per iteration, with break/continue/return in
# handlers and finally bodies.
def first_bad(n, bad):
    for v in range(n):
        try:
            r = 100 // (v - bad)
        except ZeroDivisionError:
            return v
        finally:
            print("tried", v)
    return None

print(first_bad(5, 2))
print(first_bad(2, 7))

total = 0
i = 0
while i < 10:
    i = i + 1
    try:
        if i % 3 == 0:
            raise ValueError(i)
        total = total + i
    except ValueError:
        continue
    finally:
        total = total + 100
print(total)

for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                break
        finally:
            print("i", i, "j", j)
