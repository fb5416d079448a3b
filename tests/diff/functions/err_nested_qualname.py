def outer():
    def inner(a): pass
    return inner
outer()(1, 2)
