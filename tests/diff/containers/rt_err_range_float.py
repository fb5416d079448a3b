# range() of a float
range(1.5)
