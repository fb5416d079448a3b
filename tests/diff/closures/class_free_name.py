def outer():
    v = 41
    def inner():
        return v + 1
    return inner
print(outer()())
