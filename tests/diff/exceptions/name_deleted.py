# The `as` name is unbound when the handler ends, as in CPython.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in handler", e)
try:
    print(e)
except NameError as err:
    print(err)

def f():
    try:
        raise KeyError(1)
    except KeyError as exc:
        pass
    return exc

try:
    f()
except UnboundLocalError as err:
    print(err)
