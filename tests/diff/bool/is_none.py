# None: identity tests with is / is not, equality, printing, and functions
# returning None implicitly or explicitly.
def nothing():
    pass


def explicit():
    return None


def bare():
    return


def maybe(n):
    if n > 0:
        return n


a = None
print(a, a is None, a is not None, None is None, None == None, None != None)
print(nothing(), explicit(), bare(), maybe(1), maybe(-1))
print(nothing() is None, maybe(3) is None, maybe(0) is not None, maybe(0) is None)
print(repr(None), str(None), bool(None), None == 0, None != False)
r = maybe(-5)
if r is None:
    print("got None")
r = maybe(5)
if r is not None:
    print("got", r)
print(None if 1 else 2, 3 if None else 4)
