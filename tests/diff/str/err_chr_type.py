chr("A")
