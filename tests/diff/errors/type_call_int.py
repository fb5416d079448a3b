# TypeError: calling a value that is not callable (an int).
x = 5
print(x)
print(x(1))
