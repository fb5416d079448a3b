# A missing comma inside brackets.
x = (1, 2
    3)
