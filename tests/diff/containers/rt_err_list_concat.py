# list + tuple: CPython's concatenation TypeError
print(list((1,)) * 3)
print(list((1,)) + (2,))
