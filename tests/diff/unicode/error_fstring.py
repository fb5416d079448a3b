# In an f-string the position counts from the start of the literal part.
x = 1
print(f"{x}\N{EURO SIGN} {x:>3} and \N{EURO}")
