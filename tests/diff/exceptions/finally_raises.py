# An exception raised in a finally body replaces the one in flight.
def f():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")

try:
    f()
except KeyError as e:
    print("caught", repr(e))
except ValueError:
    print("not this")
