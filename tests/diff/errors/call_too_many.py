# TypeError when a function is called with too many positional arguments.
def f(a, b):
    return a + b


print(f(1, 2))
print(f(1, 2, 3))
