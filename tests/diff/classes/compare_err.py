class P:
    pass
P() < P()
