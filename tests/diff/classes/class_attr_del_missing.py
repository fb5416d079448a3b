class P:
    pass
del P.x
