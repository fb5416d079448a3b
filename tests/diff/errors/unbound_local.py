# UnboundLocalError: a name assigned anywhere in a function is local there,
# so reading it before the assignment fails even if a global exists.
total = 10


def f():
    print("in f")
    print(total)
    total = 5
    return total


print(total)
f()
