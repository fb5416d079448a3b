if x:
    pass
# comment