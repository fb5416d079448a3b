def h():
    def i():
        return y
    r = i()
    y = 1
    return r
h()
