# ZeroDivisionError from float / 0.0 (float message), after float output.
x = 1.5
print(x / 3, x / -0.5)
print(x / 0.0)
