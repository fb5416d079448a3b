# else runs only when the body raised nothing; its own errors are not
# caught by the handlers of the same try.
def g(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        return -1
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)

print(g(0))
print(g(3))
try:
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
except ValueError as e:
    print("outer caught", e)
