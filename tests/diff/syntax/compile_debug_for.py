for __debug__ in range(2):
    pass
