def k():
    print(y)
    y = 1
    def m():
        return y
    return m
k()
