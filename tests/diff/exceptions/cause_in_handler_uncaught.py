# `raise ... from` inside a handler: the cause is shown, not the context.
try:
    1 // 0
except ZeroDivisionError:
    try:
        raise IndexError("idx")
    except IndexError as e:
        raise RuntimeError("wrapped") from e
