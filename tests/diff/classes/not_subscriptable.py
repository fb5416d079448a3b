class P:
    pass
P()[0]
