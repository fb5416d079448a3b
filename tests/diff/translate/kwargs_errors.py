# Keyword binding errors: unknown keyword, duplicate value.
def g(x, y):
    return x - y


print(g(y=1, x=5))
print(g(1, x=2))
