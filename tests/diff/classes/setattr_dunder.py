class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
o = Logged()
o.a = 1
o.b = 5
print(o.a, o.b)
del o.a
print(hasattr(o, "a"))
