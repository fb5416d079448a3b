# len of an int
len(5)
