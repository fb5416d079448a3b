# A naked exception is wrapped in ExceptionGroup('', (exc,)) for except*.
def show(f):
    try:
        f()
    except Exception as e:
        print("escaped:", type(e), repr(e))

def b():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked", repr(e), str(e))

def unmatched():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("no")

def raises():
    try:
        raise ValueError("n")
    except* ValueError:
        raise KeyError("from handler")

show(b)
show(unmatched)
show(raises)
