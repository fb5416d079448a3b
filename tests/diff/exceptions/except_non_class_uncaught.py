try:
    raise KeyError("k")
except int:
    pass
