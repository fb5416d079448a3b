# Chained assignment evaluates the value once and binds left to right.
def value():
    print("evaluated")
    return 7


a = b = c = value()
print(a, b, c)


def local_chain():
    p = q = value() * 2
    q = q + 1
    return p * 100 + q


print(local_chain())
