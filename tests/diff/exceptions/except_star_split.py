# except* splits a group clause by clause; each clause sees its part.
def show(f):
    try:
        f()
    except Exception as e:
        print("escaped:", type(e), repr(e))

def a():
    try:
        raise ExceptionGroup("eg", (ValueError(1), TypeError(2), ValueError(3)))
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))

def c():
    try:
        raise ExceptionGroup("eg", (ValueError(1), KeyError(2)))
    except* ValueError:
        print("only V")

def nested():
    try:
        raise ExceptionGroup("outer", (ValueError(1), ExceptionGroup("inner", (KeyError(2), ValueError(4))), TypeError(5)))
    except* ValueError as e:
        print("V", repr(e))
    except* (KeyError, TypeError) as e:
        print("K/T", repr(e))

show(a)
show(c)
show(nested)
