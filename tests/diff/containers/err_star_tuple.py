x = None
print((*x,))
