# format() and ascii() argument checking.
def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: format(5))
show(lambda: format(5, 'x'))
show(lambda: format(5, 3))
show(lambda: format(5, None))
show(lambda: format())
show(lambda: format(1, 'x', 3))
show(lambda: ascii('é'))
show(lambda: ascii())
show(lambda: ascii(1, 2))
