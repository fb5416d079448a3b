t = (1, 2)
del t[0]
