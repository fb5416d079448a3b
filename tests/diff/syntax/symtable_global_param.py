def scale(value, factor):
    global factor
    return value * factor

print(scale(2, 3))
