print("-".join(["a", "b"]))
"-".join(["a", None])
