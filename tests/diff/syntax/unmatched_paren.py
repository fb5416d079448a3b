# A ')' with no '('.
x = 1)
