try:
    raise ValueError("n")
except* ValueError:
    raise KeyError("from handler")
