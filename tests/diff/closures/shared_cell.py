def make():
    v = 0
    def setv(n):
        nonlocal v
        v = n
    def getv():
        return v
    setv(5)
    r = getv()
    setv(7)
    return r, getv(), v
print(make())
