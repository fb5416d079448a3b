# The value of `return x` is computed before finally runs.
def f():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees", x)

def g(n):
    total = 0
    for i in range(n):
        try:
            total = total + i
            if i == 3:
                return total
        finally:
            total = total * 10
    return total

print(f())
print(g(5))
print(g(2))
