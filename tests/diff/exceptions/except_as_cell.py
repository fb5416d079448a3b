# The `as` variable shared with a nested function (a cell of this
# function) is deleted after the handler, and a closure made in the
# handler sees it gone.
def f():
    try:
        raise ValueError("v")
    except ValueError as exc:
        get = lambda: exc
        print("inside", repr(get()))
    try:
        get()
    except NameError as e:
        print("NameError", e)
    exc = "rebound"
    print(get())


f()


def g():
    results = []
    for i in range(2):
        try:
            if i:
                raise TypeError(i)
            raise IndexError(i)
        except (TypeError, IndexError) as caught:
            results.append(lambda: caught)
    try:
        results[0]()
    except NameError as e:
        print("NameError", e)


g()


def star():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        keep = lambda: eg
        print("star", repr(keep().exceptions))
    except* KeyError as eg:
        print("key", len(eg.exceptions))
    try:
        keep()
    except NameError as e:
        print("NameError", e)


star()
