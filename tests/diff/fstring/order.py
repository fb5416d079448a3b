# Evaluation order of a field: the value, then the spec's fields, then the
# conversion, then __format__; fields left to right.
log = []
class T:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        log.append('repr' + str(self.n))
        return 'T' + str(self.n)
    def __format__(self, spec):
        log.append('format' + str(self.n) + ':' + spec)
        return 'F' + str(self.n)
def v(n):
    log.append('value' + str(n))
    return T(n)
def w(n):
    log.append('width' + str(n))
    return n
print(f"{v(1)} {v(2)!r:>{w(4)}} {v(3):{w(5)}}")
print(log)
