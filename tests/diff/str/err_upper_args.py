"x".upper("y")
