# A user context manager: __enter__ result bound by `as`, __exit__ args.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name + "!"

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress


with CM("a") as x:
    print("body", x)

with CM("b", suppress=True) as y:
    print("raising in", y)
    raise ValueError("swallowed")
print("after suppressed")

try:
    with CM("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
