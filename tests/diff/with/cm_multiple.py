# Several items: entered left to right, exited right to left.
class CM:
    def __init__(self, tag, fail_enter=False):
        self.tag = tag
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("enter " + self.tag)
        print("enter", self.tag)
        return self

    def __exit__(self, *exc):
        print("exit", self.tag, exc[0].__name__ if exc[0] else None)
        return False


with CM(1) as a, CM(2) as b, CM(3):
    print("body", a.tag, b.tag)

try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
