def f():
    try:
        raise ExceptionGroup("eg", (ValueError(1), ExceptionGroup("inner", (KeyError(2), ValueError(4)))))
    except* ValueError:
        raise TypeError("new")

f()
