class D:
    pass
D(1)
