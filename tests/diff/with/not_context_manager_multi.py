# The first item is checked before the second is evaluated.
def second():
    print("second evaluated")
    return 2

try:
    with 1, second():
        pass
except TypeError as e:
    print(e)
