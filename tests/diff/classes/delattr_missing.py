class P:
    pass
p = P()
p.x = 1
del p.x
del p.x
