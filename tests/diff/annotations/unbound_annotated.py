# An annotation without a value does not bind the name.
def f():
    v: int
    return v


print(f())
