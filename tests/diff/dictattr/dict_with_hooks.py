# __dict__ with __getattr__/__setattr__/__getattribute__ classes: the
# hooks still run, and object.__setattr__ writes into the live dict.
class Logged:
    def __setattr__(self, name, value):
        print("set", name)
        object.__setattr__(self, name, value)

    def __getattr__(self, name):
        return "missing:" + name


o = Logged()
o.a = 1
d = o.__dict__
print(d, o.a, o.zz)
d["b"] = 2
print(o.b)
o.c = 3
print(sorted(d))
del d["a"]
print(o.a)


class Through:
    def __getattribute__(self, name):
        if name == "special":
            return "intercepted"
        return object.__getattribute__(self, name)


t = Through()
t.x = 1
print(t.__dict__, t.special, t.x)
t.__dict__["special"] = "in dict"
print(t.special, t.__dict__["special"])
