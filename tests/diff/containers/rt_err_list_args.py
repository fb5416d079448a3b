# too many arguments
list(1, 2)
