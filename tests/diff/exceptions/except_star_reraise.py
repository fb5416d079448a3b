# What except* clauses raise or re-raise comes out at the end, in
# CPython's structure.
def show(f):
    try:
        f()
    except Exception as e:
        print("escaped:", type(e), repr(e))

def raise_new():
    try:
        raise ExceptionGroup("eg", (ValueError(1), ExceptionGroup("inner", (KeyError(2), ValueError(4)))))
    except* ValueError as e:
        print("V", repr(e))
        raise TypeError("new")

def reraise():
    try:
        raise ExceptionGroup("eg", (ValueError(1), KeyError(2)))
    except* ValueError:
        raise

def both():
    try:
        raise ExceptionGroup("eg", (ValueError(1), KeyError(2), TypeError(3)))
    except* ValueError:
        raise
    except* KeyError:
        raise IndexError("replaced")

show(raise_new)
show(reraise)
show(both)
