x = 1
def f():
    global x
    del x
f()
def g():
    y = 2
    del y
    return 0
print(g())
print(x)
