# `except ... as e` where e is a nonlocal (or a cell shared with a nested
# function): the name is unbound in the enclosing function's cell at the
# end of the handler, as CPython's `e = None; del e`.
def outer():
    e = "before"

    def inner():
        nonlocal e
        try:
            raise ValueError("boom")
        except ValueError as e:
            print("in handler", repr(e), repr(peek()))
        print("after handler")

    def peek():
        try:
            return e
        except NameError as err:
            return "NameError: " + str(err)

    inner()
    print(peek())
    try:
        print(e)
    except NameError as err:
        print("NameError", err)
    e = "rebound"
    print(peek())


outer()


def shared():
    got = []
    try:
        {}["k"]
    except KeyError as exc:
        got.append(lambda: exc)
        print("captured", repr(got[0]()))
    try:
        got[0]()
    except NameError as err:
        print("NameError", err)


shared()


def loop():
    err = None

    def run():
        nonlocal err
        for i in range(3):
            try:
                if i % 2:
                    raise IndexError(i)
            except IndexError as err:
                print("caught", err.args)
            else:
                print("ok", i)

    run()
    return err


try:
    loop()
except NameError as e:
    print("NameError", e)


def with_return():
    x = 0

    def f():
        nonlocal x
        try:
            1 / 0
        except ZeroDivisionError as x:
            return "returned"

    print(f())
    try:
        return x
    except NameError as e:
        return "NameError " + str(e)


print(with_return())
