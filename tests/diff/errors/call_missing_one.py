# TypeError naming the single missing argument 'b', raised for a call made
# inside another function.
def h(a, b):
    return a - b


def outer(x):
    return h(x)


print(h(5, 3))
print(outer(5))
