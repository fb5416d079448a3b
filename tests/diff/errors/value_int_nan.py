# ValueError converting nan to int.
x = 1e309
print(int(1e18), x - x)
print(int(x - x))
