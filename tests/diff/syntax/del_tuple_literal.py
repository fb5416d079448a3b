del (x, 1)
