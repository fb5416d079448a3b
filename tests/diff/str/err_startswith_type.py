"abc".startswith(["a"])
