def f():
    x = 1
    def g():
        return x
    return g
g = f()
print(g.__closure__ is None, len(g.__closure__), g.__closure__[0].cell_contents)
def plain():
    pass
print(plain.__closure__)
