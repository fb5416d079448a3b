# ZeroDivisionError from float % -0.0.
x = 5.25
print(x % 2, x % -2)
print(x % -0.0)
