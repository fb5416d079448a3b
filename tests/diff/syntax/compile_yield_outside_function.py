values = [1, 2]
x = (yield values)
