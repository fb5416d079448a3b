# TypeError for unary minus on a str.
x = "x"
print(-5, -(-5))
print(-x)
