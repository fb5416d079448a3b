# ValueError: pow() with a third argument of 0.
print(pow(3, 4, 5))
print(pow(3, 4, 0))
