# `nonlocal` needs an enclosing function.
counter = 0
nonlocal counter
print(counter)
