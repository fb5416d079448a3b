# An indented first statement.
  x = 1
