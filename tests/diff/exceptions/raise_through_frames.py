# An exception crosses several frames, each with its own try statement.
def c(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2

def b(n):
    try:
        return c(n) + 1
    except TypeError:
        print("b: not this one")
        return 0
    finally:
        print("b: finally", n)

def a(n):
    try:
        r = b(n)
    except ValueError as e:
        print("a caught:", e)
        return -1
    else:
        print("a else:", r)
        return r

print(a(3))
print(a(-2))
