def outer():
    err = None

    def inner():
        nonlocal err
        try:
            raise KeyError("k")
        except KeyError as err:
            pass

    inner()
    print("after inner")
    return err


outer()
