# An exception raised in a handler has the handled one as context.
def f():
    try:
        1 // 0
    except ZeroDivisionError:
        undefined_name

f()
