# KeyError's str is the repr of its single argument.
def show(k):
    try:
        raise KeyError(k)
    except KeyError as e:
        print(str(e), repr(e))

show("name")
show(3)
show((1, 2))
show("")
show(None)
show(1.5)
