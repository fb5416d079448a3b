def outer():
    def r(n):
        return r(n + 1)
    return r(0)
outer()
