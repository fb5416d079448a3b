# return, break and continue leave the with block through __exit__.
class CM:
    def __init__(self, log, tag):
        self.log = log
        self.tag = tag

    def __enter__(self):
        self.log.append("in " + str(self.tag))
        return self

    def __exit__(self, t, v, tb):
        self.log.append("out " + str(self.tag))


def f(log):
    with CM(log, "f"):
        return "returned"


log = []
print(f(log), log)
log = []
for i in range(4):
    with CM(log, i):
        if i == 1:
            continue
        if i == 2:
            break
        log.append("body " + str(i))
print(log)
