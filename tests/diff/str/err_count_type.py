"abc".count(["a"])
