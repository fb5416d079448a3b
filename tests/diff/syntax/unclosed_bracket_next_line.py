# '[' never closed, the next line carries on.
x = [1, 2
y = 3
