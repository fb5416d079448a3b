# except* with ExceptionGroup types or non-classes is a TypeError.
def show(f):
    try:
        f()
    except Exception as e:
        print("escaped:", type(e), repr(e))

def g():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass

def g2():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass

def h():
    try:
        raise ValueError(1)
    except* (TypeError, 3):
        pass

def not_raised():
    try:
        pass
    except* 3:
        pass
    print("clauses not tested")

show(g)
show(g2)
show(h)
show(not_raised)
