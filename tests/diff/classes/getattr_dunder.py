class Proxy:
    def __init__(self, target):
        self.target = target
    def __getattr__(self, name):
        return "missing:" + name
class P:
    y = 2
p = Proxy(P())
print(p.target.y, p.foo)
p.foo = 1
print(p.foo)
