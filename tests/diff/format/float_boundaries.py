# Where repr and 'g' switch between fixed and exponent notation.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [1e16, 1e16 - 2, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.2345e-5, 999999.5, 9999995.0, 100000.0, 1000000.0, 1e7]:
    for s in ['', 'g', '.6', '.16g', '.16', '.17', 'e', '.15g', '#g', 'n']:
        t(v, s)
