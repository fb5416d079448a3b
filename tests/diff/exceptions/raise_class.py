# raise with a class instantiates it; raising non-exceptions is a TypeError.
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "")

def bad(v):
    try:
        raise v
    except TypeError as e:
        print(type(v), e)

bad(1)
bad("s")
bad(None)
bad(int)
bad(ValueError("x") if False else 2.5)
