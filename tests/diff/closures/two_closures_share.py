def make():
    v = 0
    def setv(n):
        nonlocal v
        v = n
    def getv():
        return v
    return setv, getv
p = make()
q = make()
def run():
    v = 1
    def a():
        nonlocal v
        v = v * 2
        return v
    def b():
        nonlocal v
        v = v + 3
        return v
    return a(), b(), a(), v
print(run())
