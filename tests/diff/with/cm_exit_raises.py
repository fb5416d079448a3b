# An exception raised by __exit__ replaces the one in flight; its context
# is the original.
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        raise TypeError("from exit")


try:
    with Bad():
        raise ValueError("original")
except TypeError as e:
    print(repr(e), repr(e.__context__))
