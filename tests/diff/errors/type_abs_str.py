# TypeError: abs() of a str.
print(abs(-2.5))
print(abs("x"))
