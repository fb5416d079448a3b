# The finally body runs after a return in a handler, and can override it.
def f(override):
    try:
        raise ValueError("v")
    except ValueError:
        return "handler"
    finally:
        print("finally runs")
        if override:
            return "finally"

print(f(False))
print(f(True))
