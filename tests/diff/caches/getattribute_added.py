# __getattribute__ and __getattr__ added to (and removed from) a class
# while load and method sites are hot.


class Node:
    def __init__(self):
        self.val = 1

    def meth(self):
        return "meth"


def read(n):
    return n.val


def call(n):
    return n.meth()


def missing(n):
    try:
        return n.nope
    except AttributeError as e:
        return "AttributeError: " + str(e)


n = Node()
for i in range(3):
    print(read(n), call(n), missing(n))
Node.__getattr__ = lambda self, name: "fallback " + name
print(read(n), call(n), missing(n))
Node.__getattribute__ = lambda self, name: "intercepted " + name
print(read(n), missing(n))
del Node.__getattribute__
print(read(n), call(n), missing(n))
del Node.__getattr__
print(read(n), call(n), missing(n))
