# next() of a list
next(list())
