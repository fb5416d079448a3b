"abc".endswith(("x", 1, "c"))
