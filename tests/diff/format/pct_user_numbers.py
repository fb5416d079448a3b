# User classes reach %d through __index__ or __int__, %x only through
# __index__, %f through __float__ or __index__.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


class I:
    def __index__(self):
        return 42
class N:
    def __int__(self):
        return 7
class F:
    def __float__(self):
        return 2.5
class BadI:
    def __index__(self):
        return 'no'
class BadF:
    def __float__(self):
        return 1
class Plain:
    pass
for v in [I(), N(), F(), BadI(), BadF(), Plain()]:
    for f in ['%d', '%x', '%f', '%c', '%s' if False else '%i']:
        show(lambda: f % v)
