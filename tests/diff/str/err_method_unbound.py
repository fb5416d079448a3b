str.split(5)
