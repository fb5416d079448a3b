print("x".find("x"))
"x".find(3)
