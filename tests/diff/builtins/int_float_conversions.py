# __int__/__float__/__index__ of int, bool and float, and int()/float() agreement.
for v in [0, -5, 2**80, True, False]:
    print(v.__int__(), v.__float__(), v.__index__(), int(v) == v.__int__(), float(v) == v.__float__())
for v in [0.0, -2.7, 1e20, 2.5]:
    print(v.__int__(), v.__float__(), int(v) == v.__int__())
for f in [lambda: float("inf").__int__(), lambda: float("nan").__int__(), lambda: (1.5).__index__(),
          lambda: (2**2000).__float__()]:
    try:
        print(f())
    except (OverflowError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
