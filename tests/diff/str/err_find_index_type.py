"abc".index("a", None, "x")
