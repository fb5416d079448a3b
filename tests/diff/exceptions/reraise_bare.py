# Bare raise re-raises the exception being handled, also from a function
# called by the handler.
def again():
    raise

def f():
    try:
        raise KeyError("k1")
    except KeyError:
        print("handling")
        raise

try:
    f()
except KeyError as e:
    print("re-raised", repr(e))

try:
    try:
        raise ValueError("v")
    except ValueError:
        again()
except ValueError as e:
    print("from callee", e)
