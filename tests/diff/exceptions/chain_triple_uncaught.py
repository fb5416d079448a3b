# Three exceptions chained by handling: the report lists all three.
def f():
    try:
        1 // 0
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError:
            raise KeyError("last")

f()
