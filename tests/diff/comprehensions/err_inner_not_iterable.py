print([y for x in [1] for y in x])
