# return from nested loops inside try/finally inside a loop.
def find(target):
    for i in range(3):
        try:
            for j in range(3):
                try:
                    if i * 3 + j == target:
                        return (i, j)
                finally:
                    print("inner", i, j)
        finally:
            print("outer", i)
    return None

print(find(4))
print(find(9))
