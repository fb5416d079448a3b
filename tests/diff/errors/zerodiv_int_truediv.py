# ZeroDivisionError from int / int with a zero divisor held in a variable,
# after some output (which must still appear on stdout).
a = 10
b = 0
print("before", a / 4)
print(a / (b + 1))
print(a / b)
print("not reached")
