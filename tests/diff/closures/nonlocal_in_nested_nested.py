def outer():
    x = 0
    def mid():
        def inner():
            nonlocal x
            x += 1
            return x
        inner()
        return inner()
    r = mid()
    return r, x
print(outer())
