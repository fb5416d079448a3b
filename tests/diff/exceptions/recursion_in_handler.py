# RecursionError can be caught and the program goes on at normal depth.
def down(n):
    try:
        return down(n + 1)
    except RecursionError:
        return n

n = down(0)
print(n > 100)

def again():
    return again()

for i in range(3):
    try:
        again()
    except RecursionError as e:
        print(i, e)
