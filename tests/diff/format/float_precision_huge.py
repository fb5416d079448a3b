# Large precisions: the exact binary value of a double, correctly rounded.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.1, 1/3, 5e-324, 1.7976931348623157e308, 2.0**-1074 * 3, 1e23]:
    for s in ['.30f', '.60f', '.100e', '.50g', '.40', '#.30g', '.330f']:
        t(v, s)
