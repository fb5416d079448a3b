# if without ':'.
if x
    pass
