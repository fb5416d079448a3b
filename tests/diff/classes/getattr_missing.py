class P:
    pass
getattr(P(), "nope")
