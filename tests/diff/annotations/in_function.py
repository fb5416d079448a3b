# In functions annotations are not evaluated; annotated names are local.
def f():
    a: int = 1
    b: undefined_name_never_evaluated
    a += 1
    return a


def g():
    c: list
    c = [1]
    return c


print(f(), g())
