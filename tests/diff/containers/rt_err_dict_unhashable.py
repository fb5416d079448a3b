# unhashable key
dict(((list(), 1),))
