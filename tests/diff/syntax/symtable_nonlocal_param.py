def outer(n):
    def inner(n):
        nonlocal n
        return n
    return inner(n)
