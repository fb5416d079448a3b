# else and finally with except*; BaseExceptionGroup members.
def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e), repr(e))

def i():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else")
    finally:
        print("finally")

def j():
    try:
        raise ExceptionGroup("eg", (ValueError(1),))
    except* ValueError:
        print("handled")
    else:
        print("not else")
    finally:
        print("finally")
    print("after")

def k():
    try:
        raise BaseExceptionGroup("b", (KeyboardInterrupt(), ValueError(2)))
    except* KeyboardInterrupt as e:
        print("KI", repr(e))

show(i)
show(j)
show(k)
