# while/else and for/else with try statements inside.
def search(limit, target):
    i = 0
    while i < limit:
        try:
            if i == target:
                break
        finally:
            i = i + 1
    else:
        return "not found"
    return "found at " + str(i - 1)

print(search(5, 3))
print(search(5, 7))
for i in range(3):
    try:
        pass
    except Exception:
        break
else:
    print("for else ran")
