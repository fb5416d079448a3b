# with statements in a class body
log = []


class CM:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        log.append("enter " + self.tag)
        return self.tag

    def __exit__(self, t, v, tb):
        log.append("exit " + self.tag)
        return t is ZeroDivisionError


class Holder:
    with CM("a") as got:
        inside = got + "!"
    with CM("b"):
        x = 1 / 0
    after = "after"


print(Holder.got, Holder.inside, Holder.after, hasattr(Holder, "x"))
print(log)
