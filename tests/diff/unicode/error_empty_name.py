# \N{} has no name.
print("not printed")
x = ("\N{}", 1)
