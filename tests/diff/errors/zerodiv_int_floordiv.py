# ZeroDivisionError from int // 0 inside a function called from a loop.
def q(a, b):
    return a // b


for d in range(3, -1, -1):
    print(d, q(100, d))
print("not reached")
