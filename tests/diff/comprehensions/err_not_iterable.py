print([x for x in 5])
