# try/except/else/finally in a class body
class Conf:
    try:
        value = int("12")
    except ValueError:
        value = -1
    else:
        ok = True
    finally:
        cleaned = True
    try:
        bad = int("x")
    except ValueError as e:
        err = str(e)
    try:
        raise KeyError("k")
    except (KeyError, IndexError):
        caught = "key"


print(Conf.value, Conf.ok, Conf.cleaned, Conf.err, Conf.caught)
print(hasattr(Conf, "e"), hasattr(Conf, "bad"))
