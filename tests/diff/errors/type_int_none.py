# TypeError: int(None).
print(int(2.5))
print(int(None))
