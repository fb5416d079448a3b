# The error is on the fourth line.
x = 1
y = 2
z = )
