class Loud:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
o = Loud()
print(o.x, o.secret, o.other)
