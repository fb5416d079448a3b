# bool and None in f-strings.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
t, n = True, None
show(lambda: f"{t} {not t} {n}")
show(lambda: f"{t:d}{t:5}{t:<5}|{t:x}{t:.2f}")
show(lambda: f"{n!r} {n!s} {n:}")
show(lambda: f"{n:>4}")
show(lambda: f"{t:s}")
