"".join(5)
