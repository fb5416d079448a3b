# a dict subclass without __missing__ raises KeyError (uncaught)
class D(dict):
    pass


d = D(a=1)
print(d["a"])
print(d["b"])
