# The report shows the cause first; the last line is the new exception.
def load(k):
    try:
        raise KeyError(k)
    except KeyError as e:
        raise ValueError("bad config") from e

load("x")
