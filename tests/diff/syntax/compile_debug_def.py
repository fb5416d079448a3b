def __debug__():
    return True
