# The first matching clause wins; a base class catches subclasses.
def raise_it(k):
    if k == 0:
        raise FileNotFoundError(2, "No such file or directory")
    if k == 1:
        raise ModuleNotFoundError("no module")
    if k == 2:
        raise UnicodeDecodeError
    if k == 3:
        raise RecursionError("deep")
    raise TabError("tabs")

for k in range(5):
    try:
        raise_it(k)
    except OSError as e:
        print("OSError", type(e), e)
    except ImportError as e:
        print("ImportError", type(e), e)
    except ValueError as e:
        print("ValueError", type(e))
    except RuntimeError as e:
        print("RuntimeError", type(e), e)
    except SyntaxError as e:
        print("SyntaxError", type(e), e)
