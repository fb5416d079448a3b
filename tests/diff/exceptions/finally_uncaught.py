# An uncaught exception runs the finally bodies on its way out.
def inner():
    try:
        print("inner body")
        raise KeyError("missing")
    finally:
        print("inner finally")

def outer():
    try:
        inner()
    finally:
        print("outer finally")

try:
    outer()
finally:
    print("module finally")
