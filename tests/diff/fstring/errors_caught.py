# Errors of the mini-language raised from f-strings.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
x = 1.5
show(lambda: f"{x:d}")
show(lambda: f"{'s':d}")
show(lambda: f"{3:.2}")
show(lambda: f"{'s':+}")
show(lambda: f"{None:x}")
show(lambda: f"{[1]:>5}")
show(lambda: f"{x:,_}")
show(lambda: f"{3:c}" + f"{-1:c}")
show(lambda: f"{x:{'abc'}}")
show(lambda: f"{object():s}")
show(lambda: f"{10**5000}")
