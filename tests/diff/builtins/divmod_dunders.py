# __divmod__/__rdivmod__ of int and float via the builtin and directly, with NotImplemented.
print((7).__divmod__(2), (7).__rdivmod__(2), (7.0).__divmod__(2), (7.0).__rdivmod__(2), (7).__divmod__(2.0))
print((-7).__divmod__(-2), (True).__divmod__(2), (2**70).__divmod__(3), (1e300).__divmod__(1e-300) if False else 0)
print(int.__divmod__(7, "a"), float.__divmod__(1.0, "a"), float.__rdivmod__(2.0, 7), divmod(-0.0, 1), divmod(5, -0.5))
for f in [lambda: (1).__divmod__(0), lambda: (1.0).__divmod__(0.0), lambda: (1).__rdivmod__(0), lambda: int.__divmod__("a", 1)]:
    try:
        print(f())
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
