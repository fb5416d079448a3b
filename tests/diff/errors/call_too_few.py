# TypeError when a function is called with too few positional arguments.
def g(a, b, c):
    return a * b * c


print(g(1, 2, 3))
print(g(1))
