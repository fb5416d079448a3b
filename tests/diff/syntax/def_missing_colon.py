# def without ':'.
def f()
    pass
