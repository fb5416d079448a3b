# ZeroDivisionError from int % 0 (message differs from //).
x = 7
print(x % 3, -x % 3)
z = x - 7
print(x % z)
