# Leaving the finally block first, CPython loses the location: "line -1".
def f():
    try:
        pass
    except* ValueError:
        try:
            return 1
        finally:
            print("cleanup")
