def outer():
    y = 0
    def inner():
        nonlocal y
        y: int = 1
    return inner
