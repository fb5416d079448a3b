f = lambda x: x
f()
