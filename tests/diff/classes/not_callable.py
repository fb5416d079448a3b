class P:
    pass
P()()
