# The exception raised inside finally has the in-flight one as context.
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleaning")
        int("nope")

f()
