def outer():
    x = 1
    return lambda: x


g = outer()
print(g())
g.__closure__ = None
