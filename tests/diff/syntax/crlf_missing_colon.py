if x
    pass
