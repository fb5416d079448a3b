try:
    raise KeyError("a")
except KeyError:
    raise AttributeError("no attr") from None
