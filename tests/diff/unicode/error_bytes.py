# Decode errors in a bytes literal: \N is kept, \x must have two digits.
print("not printed")
x = b"\N{SNOWMAN}\x4"
