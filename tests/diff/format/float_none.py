# No type: repr() without a precision; with one, like 'g' keeping ".0".
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.0, -0.0, 1.0, 1.5, 100.0, 1e16, 1e15, 9999999999999998.0, 1e22, 1e-4, 1e-5, 0.1, 2/3, 123456789.0, 1.0e100, 5e-324]:
    for s in ['', '.0', '.1', '.2', '.3', '.10', '.17', '10', '<10', '+', '010', ',', '_', '#', '#.3', '.3,']:
        t(v, s)
    print(repr(format(v)), str(v) == format(v, ''))
