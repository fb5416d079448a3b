# Decorators run bottom-up at def time and the name is bound to their
# result; a decorated function is still called correctly by name.
def replaced(x):
    return x * 1000


def replace(f):
    print("replace")
    return replaced


def announce(f):
    print("announce")
    return f


@announce
@replace
def inc(x):
    return x + 1


@announce
def dec(x):
    return x - 1


print(inc(5), dec(5))
