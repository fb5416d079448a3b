"abc".removeprefix(["a"])
