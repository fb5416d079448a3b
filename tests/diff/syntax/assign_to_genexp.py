(1 for x in y) = 3
