print([x for x in [1, "a"] if x > 0])
