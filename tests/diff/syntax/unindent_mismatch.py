# A dedent to a column no block started at.
if 1:
    x = 1
  y = 2  # comment
