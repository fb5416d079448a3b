# TypeError: arithmetic on the None returned by a function without return.
def nothing():
    pass


print(nothing())
print(nothing() * 2)
