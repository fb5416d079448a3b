# An exception raised in a handler replaces the handled one; the finally
# bodies still run.
def f():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("inner finally")
    except TypeError as e:
        print("caught", repr(e))
f()
